#define _GNU_SOURCE
#include "CThreadShim.h"
#include <fcntl.h>
#include <sys/prctl.h>
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

int32_t tt_gettid(void) { return (int32_t)syscall(SYS_gettid); }

int tt_set_thread_name(const char *name) {
    char buf[16];
    strncpy(buf, name, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    return pthread_setname_np(pthread_self(), buf);
}

int64_t tt_thread_cpu_time_ns(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return -1;
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int tt_become_subreaper(void) { return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); }

int tt_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
