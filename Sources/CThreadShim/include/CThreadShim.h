// Linux thread and process helpers that Swift's Glibc module hides (they need _GNU_SOURCE, or are variadic).
#ifndef THREADTUTOR_CTHREADSHIM_H
#define THREADTUTOR_CTHREADSHIM_H
#include <stdint.h>

/// The calling thread's kernel thread id (gettid).
int32_t tt_gettid(void);
/// Names the calling thread (at most 15 bytes are kept); 0 on success.
int tt_set_thread_name(const char *name);
/// CPU time consumed by the calling thread, in nanoseconds.
int64_t tt_thread_cpu_time_ns(void);
/// Makes this process the reaper of its orphaned descendants (PR_SET_CHILD_SUBREAPER), so a traced program's
/// forked children, killed with its process group, are reaped here instead of lingering as zombies; 0 on success.
int tt_become_subreaper(void);
/// pipe2(fds, O_CLOEXEC): both ends closed on exec, so only the fds dup2'ed into the program reach it; 0 on success.
int tt_pipe_cloexec(int fds[2]);
#endif
