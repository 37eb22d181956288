// The only header that includes curses. Swift 6 cannot read ncurses' global variables or
// its macros, so small static inline accessors expose exactly what the backend needs.
#ifndef THREADTUTOR_CNCURSESW_SHIM_H
#define THREADTUTOR_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *tt_stdscr(void) { return stdscr; }
static inline int tt_lines(void) { return LINES; }
static inline int tt_cols(void) { return COLS; }
static inline int tt_colors(void) { return COLORS; }
static inline attr_t tt_a_bold(void) { return A_BOLD; }
static inline attr_t tt_a_reverse(void) { return A_REVERSE; }
static inline attr_t tt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tt_a_dim(void) { return A_DIM; }
static inline attr_t tt_a_italic(void) { return A_ITALIC; }
static inline attr_t tt_a_normal(void) { return A_NORMAL; }
static inline int tt_key_f(int n) { return KEY_F(n); }
#endif
