// Linux thread helpers that Swift's Glibc module hides (they need _GNU_SOURCE).
#ifndef THREADTUTOR_CTHREADSHIM_H
#define THREADTUTOR_CTHREADSHIM_H
#include <stdint.h>

/// The calling thread's kernel thread id (gettid).
int32_t tt_gettid(void);
/// Names the calling thread (at most 15 bytes are kept); 0 on success.
int tt_set_thread_name(const char *name);
/// CPU time consumed by the calling thread, in nanoseconds.
int64_t tt_thread_cpu_time_ns(void);
#endif
