// Process helpers for the tracer that Swift cannot call directly (prctl is variadic).
#ifndef THREADTUTOR_CTRACESHIM_H
#define THREADTUTOR_CTRACESHIM_H

/// Makes this process the reaper of its orphaned descendants (PR_SET_CHILD_SUBREAPER), so a traced program's
/// forked children, killed with its process group, are reaped here instead of lingering as zombies; 0 on success.
int tt_become_subreaper(void);
/// pipe2(fds, O_CLOEXEC): both ends closed on exec, so only the fds dup2'ed into the program reach it; 0 on success.
int tt_pipe_cloexec(int fds[2]);
#endif
