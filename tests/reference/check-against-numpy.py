#!/usr/bin/env python3
"""An independent computation of J and ∂J/∂Θ with NumPy, written from the formulas alone and
compared with what `reluscope-cli grad --json` reports.

Conventions are PyTorch's: ReLU′(0) = 0, leaky slope 0.01, J the mean over the examples of
Σᵢ ½ (aᵢ − yᵢ)². Usage: check-against-numpy.py CLI SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np


def activation(name, z, slope):
    if name == "relu":
        return np.maximum(z, 0.0), (z > 0).astype(float)
    if name == "leaky_relu":
        return np.where(z > 0, z, slope * z), np.where(z > 0, 1.0, slope)
    if name == "linear":
        return z, np.ones_like(z)
    if name == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-z))
        return s, s * (1.0 - s)
    if name == "tanh":
        t = np.tanh(z)
        return t, 1.0 - t * t
    raise ValueError(name)


def numpy_gradients(model):
    slope = model.get("leaky_slope", 0.01)
    thetas = [np.array(t, dtype=float) for t in model["theta"]]
    acts = [layer.get("activation") for layer in model["layers"][1:]]
    x = np.array(model["data"]["x"], dtype=float)  # m × s₁
    y = np.array(model["data"]["y"], dtype=float)
    m = x.shape[0]
    a = [x]
    gprimes = []
    for theta, act in zip(thetas, acts):
        z = a[-1] @ theta[:, 1:].T + theta[:, 0]
        out, gp = activation(act, z, slope)
        a.append(out)
        gprimes.append(gp)
    cost = 0.5 * np.sum((a[-1] - y) ** 2) / m
    delta = (a[-1] - y) * gprimes[-1]
    grads = [None] * len(thetas)
    for l in range(len(thetas) - 1, -1, -1):
        prev = np.hstack([np.ones((m, 1)), a[l]])
        grads[l] = delta.T @ prev / m
        if l > 0:
            delta = (delta @ thetas[l][:, 1:]) * gprimes[l - 1]
    return cost, grads


def compare(cli, path):
    model = json.load(open(path))
    out = subprocess.run([cli, "grad", path, "--json"], check=True, capture_output=True,
                         text=True).stdout
    reported = json.loads(out)
    cost, grads = numpy_gradients(model)
    worst = abs(reported["J"] - cost) / max(abs(cost), 1e-300)
    for mine, theirs in zip(grads, reported["grad"]):
        theirs = np.array(theirs, dtype=float)
        assert theirs.shape == mine.shape, (path, theirs.shape, mine.shape)
        scale = max(np.max(np.abs(mine)), 1e-300)
        worst = max(worst, np.max(np.abs(theirs - mine)) / scale)
    status = "ok" if worst <= 1e-12 else "MISMATCH"
    print(f"{status}: {os.path.basename(path)}: worst relative difference {worst:.2e}")
    return worst <= 1e-12


def main():
    cli, source = sys.argv[1], sys.argv[2]
    paths = [os.path.join(source, "resources", "presets", "question.json")]
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("relu", "linear", "2,3,2", "xor"),
            ("relu", "relu", "2,8,8,2", "spiral"),
            ("leaky_relu", "linear", "2,5,4,1", "circle"),
            ("sigmoid", "sigmoid", "2,6,2", "gauss"),
            ("tanh", "linear", "3,7,7,3", "plane"),
            ("relu", "linear", "2,64,64,2", "spiral"),
        ]
        for i, (hidden, output, layers, data) in enumerate(cases):
            path = os.path.join(tmp, f"{hidden}-{output}-{layers.replace(',', '-')}.json")
            subprocess.run([cli, "new", "--layers", layers, "--hidden", hidden, "--output",
                            output, "--data", data, "--seed", str(i + 1), "-o", path],
                           check=True, capture_output=True)
            paths.append(path)
        results = [compare(cli, p) for p in paths]
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
