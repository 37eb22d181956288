// cmark-gfm and its GFM extensions (tables, strikethrough, autolinks, task lists).
#ifndef THREADTUTOR_CCMARKGFM_SHIM_H
#define THREADTUTOR_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
