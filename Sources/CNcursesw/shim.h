// The only header that includes curses. Swift 6 cannot read ncurses' global variables or
// its macros, so small static inline accessors expose exactly what the backend needs.
//
// The terminal-restore state below (saved termios, restore sequence, signal handler) lives in a static
// inside tt_guard(). Each Swift object file that uses it may get its own copy, so only ONE Swift file
// may call the tt_guard_* functions: Sources/NCursesBackend/TerminalGuard.swift.
#ifndef THREADTUTOR_CNCURSESW_SHIM_H
#define THREADTUTOR_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <pthread.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *tt_stdscr(void) { return stdscr; }
static inline FILE *tt_stdout(void) { return stdout; }
static inline FILE *tt_stdin(void) { return stdin; }
static inline WINDOW *tt_curscr(void) { return curscr; }
static inline int tt_lines(void) { return LINES; }
static inline int tt_cols(void) { return COLS; }
static inline int tt_colors(void) { return COLORS; }
static inline int tt_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tt_a_bold(void) { return A_BOLD; }
static inline attr_t tt_a_reverse(void) { return A_REVERSE; }
static inline attr_t tt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tt_a_dim(void) { return A_DIM; }
static inline attr_t tt_a_italic(void) { return A_ITALIC; }
static inline attr_t tt_a_normal(void) { return A_NORMAL; }
static inline int tt_key_f(int n) { return KEY_F(n); }

// Line drawing: the backend maps box-drawing characters to these, so ncurses picks what the terminal
// draws best (and single-width) instead of trusting the font's East Asian width of U+2500.
static inline chtype tt_acs_hline(void) { return ACS_HLINE; }
static inline chtype tt_acs_vline(void) { return ACS_VLINE; }
static inline chtype tt_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype tt_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype tt_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype tt_acs_lrcorner(void) { return ACS_LRCORNER; }
static inline chtype tt_acs_ltee(void) { return ACS_LTEE; }
static inline chtype tt_acs_rtee(void) { return ACS_RTEE; }
static inline chtype tt_acs_ttee(void) { return ACS_TTEE; }
static inline chtype tt_acs_btee(void) { return ACS_BTEE; }
static inline chtype tt_acs_plus(void) { return ACS_PLUS; }

// Mouse wheel (ncurses mouse version 2 reports wheel down as button 5).
static inline mmask_t tt_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tt_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// wcwidth is hidden from Swift's Glibc module.
static inline int tt_wcwidth(wchar_t c) { return wcwidth(c); }

/// True when the C locale's character set is UTF-8.
static inline int tt_codeset_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}

/// A terminfo string capability, or NULL when the terminal lacks it.
static inline const char *tt_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

// ---- Terminal guard: restore the terminal from a signal handler, using only async-signal-safe calls.

struct tt_guard_state {
    struct termios termios;
    int has_termios;
    char sequence[512];
    size_t sequence_length;
    struct sigaction previous[65];
};

/// The guard's state. A function-local static, because Swift emits no storage for a header's globals.
static inline struct tt_guard_state *tt_guard(void) {
    static struct tt_guard_state state;
    return &state;
}

/// Remembers the terminal settings to restore (call before curses changes them).
static inline void tt_guard_save_termios(int fd) {
    tt_guard()->has_termios = tcgetattr(fd, &tt_guard()->termios) == 0;
}

/// Sets the bytes written to the terminal on restore (leave the alternate screen, show the cursor...).
static inline void tt_guard_set_sequence(const char *bytes, size_t length) {
    struct tt_guard_state *g = tt_guard();
    if (length >= sizeof g->sequence) length = sizeof g->sequence - 1;
    if (length > 0) memcpy(g->sequence, bytes, length);
    g->sequence_length = length;
}

/// Writes the restore sequence and puts the saved settings back. Async-signal-safe.
static inline void tt_guard_restore(void) {
    struct tt_guard_state *g = tt_guard();
    if (g->sequence_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, g->sequence, g->sequence_length);
        (void)ignored;
    }
    if (g->has_termios) tcsetattr(STDIN_FILENO, TCSADRAIN, &g->termios);
}

/// Restores the terminal and raises the signal again so it does what it would have done. A fault goes on
/// to the handler that was there before ours (Swift's crash backtracer prints its report on the restored
/// terminal); a signal sent by kill() gets the default action, since a handler that expects a fault to
/// re-occur would otherwise let the process carry on.
static inline void tt_guard_handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    tt_guard_restore();
    if (info != NULL && info->si_code <= 0) {
        struct sigaction dfl;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        sigaction(sig, &dfl, NULL);
    } else {
        sigaction(sig, &tt_guard()->previous[sig], NULL);
    }
    raise(sig);
}

/// Installs the handler for termination and crash signals. Returns 0 on success.
static inline int tt_guard_install(void) {
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
                                  SIGTRAP};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = tt_guard_handler;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &action, &tt_guard()->previous[signals[i]]) != 0) return -1;
    }
    // A parent may have left these blocked (the mask is inherited); a blocked SIGTERM would never restore us.
    sigset_t wanted;
    sigemptyset(&wanted);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&wanted, signals[i]);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    return 0;
}

/// Puts back the handlers that were there before `tt_guard_install`.
static inline void tt_guard_uninstall(void) {
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
                                  SIGTRAP};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &tt_guard()->previous[signals[i]], NULL);
    }
}

/// Stops the process as Ctrl-Z would (default SIGTSTP action) and returns once it is continued.
static inline void tt_stop_self(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
}
#endif
