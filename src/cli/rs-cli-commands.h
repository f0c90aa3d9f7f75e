/* rs-cli-commands.h — one entry point per subcommand of reluscope-cli.
 *
 * Each takes the arguments after the subcommand name (argv[0] is the subcommand) and returns
 * the process exit status: 0 ok, 1 the computation failed (diverged, check failed), 2 bad
 * usage or bad input. Messages go to stderr, results to stdout.
 */
#pragma once

#define RS_EXIT_OK 0
#define RS_EXIT_FAILED 1
#define RS_EXIT_USAGE 2

int rs_cli_new (int argc, char **argv);
int rs_cli_info (int argc, char **argv);
int rs_cli_forward (int argc, char **argv);
int rs_cli_grad (int argc, char **argv);
int rs_cli_explain (int argc, char **argv);
int rs_cli_train (int argc, char **argv);
int rs_cli_gradcheck (int argc, char **argv);
int rs_cli_born_dead (int argc, char **argv);
int rs_cli_render (int argc, char **argv); /* in rs-cli-render.c, with the render module */
