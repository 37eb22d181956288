"""threadtutor's tracer bootstrap: runs a Python program after patching `threading`, `queue` and `time.sleep`
so that every thread start and end, every blocking wait (locks, conditions, semaphores, events, barriers, queue
get/put, join, sleep) and every lock hand-over is written as one JSON line to an inherited pipe.

    python3 threadtutor_trace.py path prog.py [args...]
    python3 threadtutor_trace.py module NAME [args...]
    python3 threadtutor_trace.py code 'CODE' [args...]

The pipe's file descriptor is in THREADTUTOR_TRACE_FD; nothing is written to stdout or stderr but the program's
own output. Events are buffered and written in batches (a blocking wait and a thread's start and end flush
first, so the reader always knows who waits). Works on CPython 3.8 and later. docs/DECISIONS.md ("Tracing")
lists what is traced and what is not.
"""

import os
import sys

if sys.version_info < (3, 8):
    sys.stderr.write("threadtutor: tracing needs Python 3.8 or later; this is %s\n" % sys.version.split()[0])
    sys.exit(3)

_fd = -1
_buf = []
_ids = None
_next_flush = 0
_FLUSH_NS = 20_000_000
_code_names = {}

try:
    import _thread
    import itertools
    import linecache
    import re
    import threading
    import time
    import queue
    import _queue
except Exception:  # pragma: no cover - an interpreter without threads cannot be traced
    raise

_allocate_lock = _thread.allocate_lock
_flush_lock = _allocate_lock()
_native = threading.get_native_id
# gettid is a system call; hot records carry the cheap pthread ident, mapped to the kernel id when written.
_ident = _thread.get_ident
_natives = {}
_LOGGED_ACQUIRES = 1000
_mono = time.monotonic_ns
_getframe = sys._getframe
_orig_sleep = time.sleep
_OrigRLock = threading.RLock
_OrigCondition = threading.Condition
_OrigSemaphore = threading.Semaphore
_OrigBoundedSemaphore = threading.BoundedSemaphore
_OrigEvent = threading.Event
_OrigBarrier = threading.Barrier
_OrigSimpleQueue = _queue.SimpleQueue
_Empty = queue.Empty
_Full = queue.Full
# Objects made by the standard library or installed packages are their plumbing (a Queue's mutex, a Thread's
# started-event, logging's lock): left untraced, so the learner sees their own locks, queues and pools. The one
# exception is a Future's condition, which is what `result()` waits on.
import sysconfig
_QUIET_PREFIXES = tuple(sorted({os.path.join(p, "") for k, p in sysconfig.get_paths().items()
                                if k in ("stdlib", "platstdlib", "purelib", "platlib")}))
_quiet_files = {}
_ASSIGNED = re.compile(r"^\s*(?:[A-Za-z_][\w.]*\.)?([A-Za-z_]\w*)\s*(?::[^=]*)?=[^=]")
_site_counts = {}
_REFRESH = 0.25


def _q(text):
    """A JSON string literal (the few characters JSON forbids raw are escaped)."""
    out = []
    for ch in text:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _where(code, line):
    """`"file:line"` as a JSON string, rendered once per place (a hot loop repeats the same few places)."""
    key = (code, line)
    text = _code_names.get(key)
    if text is None:
        text = _code_names[key] = _q("%s:%d" % (code.co_filename, line or 0))
    return text


# Hot records are tuples (kind, time, tid, obj, code, line), rendered in batches at flush rather than per event.
_HOT = '{"ev":"%s","t":%d,"tid":%d,"obj":%d,"at":%s}\n'


def _flush():
    global _next_flush
    with _flush_lock:
        count = len(_buf)
        if count == 0:
            return
        chunk = _buf[:count]
        # Appends made meanwhile land after `count`: deleting only what was copied never loses one.
        del _buf[:count]
        places = _code_names
        natives = _natives
        data = "".join([r if r.__class__ is str else _HOT % (
            r[0], r[1], natives.get(r[2], 0), r[3], places.get((r[4], r[5])) or _where(r[4], r[5])) for r in chunk]
        ).encode("utf-8", "replace")
        view = memoryview(data)
        while view:
            try:
                written = os.write(_fd, view)
            except InterruptedError:
                continue
            except OSError:
                return
            view = view[written:]
        _next_flush = _mono() + _FLUSH_NS


def _line(text, flush=False):
    _buf.append(text)
    if flush or _mono() > _next_flush:
        _flush()


def _hot(kind, tid, obj, frame):
    """A record for an event that may happen millions of times (tid: the pthread ident)."""
    t = _mono()
    _buf.append((kind, t, tid, obj, frame.f_code, frame.f_lineno))
    if t > _next_flush:
        _flush()


def _register(kind, frame, label=None):
    """A new traced object: its id, kind and a readable name (the variable it is assigned to, else Kind#n)."""
    obj = next(_ids)
    filename, line = frame.f_code.co_filename, frame.f_lineno
    name = label
    if name is None:
        match = _ASSIGNED.match(linecache.getline(filename, line) or "")
        base = match.group(1) if match else kind
        key = (filename, line, base)
        count = _site_counts.get(key, 0) + 1
        _site_counts[key] = count
        name = base if count == 1 else "%s#%d" % (base, count)
    _line('{"ev":"new","t":%d,"tid":%d,"obj":%d,"kind":%s,"name":%s,"at":%s}\n' % (
        _mono(), _native(), obj, _q(kind), _q(name), _where(frame.f_code, line)))
    return obj


def _quiet(frame):
    filename = frame.f_code.co_filename
    quiet = _quiet_files.get(filename)
    if quiet is None:
        quiet = _quiet_files[filename] = (filename == __file__ or filename.startswith(_QUIET_PREFIXES)) \
            and frame.f_globals.get("__name__") != "concurrent.futures._base"
    return quiet


def _wait_begin(tid, obj, what, frame, holder=0, extra=""):
    _line('{"ev":"wait","t":%d,"tid":%d,"obj":%d,"what":"%s","holder":%d%s,"at":%s}\n' % (
        _mono(), tid, obj, what, holder, extra, _where(frame.f_code, frame.f_lineno)), flush=True)


def _wait_end(tid, obj, ok):
    _line('{"ev":"woke","t":%d,"tid":%d,"obj":%d,"ok":%s}\n' % (_mono(), tid, obj, "true" if ok else "false"))


class TracedLock(object):
    """threading.Lock with events: acquired, released, and a wait when it is held.

    A lock taken more than _LOGGED_ACQUIRES times without a wait becomes quiet: from then on only its waits (and
    the acquire and release around a wait) are written, so a hot loop costs little more than the lock itself.
    """

    __slots__ = ("_lock", "_tt", "_owner", "_left", "_logged", "__weakref__")

    def __init__(self, _frame=None):
        self._lock = _allocate_lock()
        self._owner = 0
        self._left = _LOGGED_ACQUIRES
        self._logged = False
        self._tt = _register("Lock", _frame or _getframe(1))

    def _take(self, blocking, timeout, frame, tid):
        lock = self._lock
        if lock.acquire(False):
            self._owner = tid
            if self._left:
                self._logged_acquire(tid, frame)
            return True
        if not blocking:
            return False
        native = _natives.get(tid) or _native()
        _wait_begin(native, self._tt, "lock", frame, _natives.get(self._owner, 0))
        if timeout is None or timeout < 0:
            while not lock.acquire(True, _REFRESH):
                _wait_begin(native, self._tt, "lock", frame, _natives.get(self._owner, 0))
            ok = True
        else:
            ok = lock.acquire(True, timeout)
        _wait_end(native, self._tt, ok)
        if ok:
            self._owner = tid
            self._logged = True
            _buf.append(("acq", _mono(), tid, self._tt, frame.f_code, frame.f_lineno))
        return ok

    def _logged_acquire(self, tid, frame):
        self._left -= 1
        self._logged = True
        _buf.append(("acq", _mono(), tid, self._tt, frame.f_code, frame.f_lineno))
        if not self._left:
            _line('{"ev":"quiet","t":%d,"tid":%d,"obj":%d}\n' % (_mono(), _natives.get(tid, 0), self._tt))

    def acquire(self, blocking=True, timeout=-1):
        return self._take(blocking, timeout, _getframe(1), _ident())

    def __enter__(self):
        # Every call is made before the acquire: a call is where CPython may switch threads, and a switch while
        # holding the lock makes the other threads queue on it.
        tid = _ident()
        if self._left == 0 and self._lock.acquire(False):
            self._owner = tid
            return True
        return self._take(True, -1, _getframe(1), tid)

    def _release(self, frame):
        self._owner = 0
        self._lock.release()
        if self._logged:
            self._logged = False
            t = _mono()
            _buf.append(("rel", t, _ident(), self._tt, frame.f_code, frame.f_lineno))
            if t > _next_flush:
                _flush()

    def release(self):
        self._release(_getframe(1))

    def __exit__(self, kind, value, traceback):
        if self._logged:
            self._release(_getframe(1))
        else:
            self._owner = 0
            self._lock.release()

    def locked(self):
        return self._lock.locked()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._owner = 0

    def __repr__(self):
        return "<traced %r>" % (self._lock,)


class TracedRLock(object):
    """threading.RLock with events for its outermost acquire and release (re-entry is not a hand-over)."""

    __slots__ = ("_lock", "_tt", "_owner", "_count", "__weakref__")

    def __init__(self, _frame=None):
        self._lock = _OrigRLock()
        self._owner = 0
        self._count = 0
        self._tt = _register("RLock", _frame or _getframe(1))

    def _take(self, blocking, timeout, frame):
        lock = self._lock
        tid = _ident()
        if self._owner == tid:
            lock.acquire()
            self._count += 1
            return True
        if lock.acquire(False):
            self._owner = tid
            self._count = 1
            _hot("acq", tid, self._tt, frame)
            return True
        if not blocking:
            return False
        _wait_begin(_natives.get(tid) or _native(), self._tt, "lock", frame, _natives.get(self._owner, 0))
        if timeout is None or timeout < 0:
            while not lock.acquire(True, _REFRESH):
                _wait_begin(_natives.get(tid) or _native(), self._tt, "lock", frame, _natives.get(self._owner, 0))
            ok = True
        else:
            ok = lock.acquire(True, timeout)
        _wait_end(_natives.get(tid) or _native(), self._tt, ok)
        if ok:
            self._owner = tid
            self._count = 1
            _hot("acq", tid, self._tt, frame)
        return ok

    def acquire(self, blocking=True, timeout=-1):
        return self._take(blocking, timeout, _getframe(1))

    __enter__ = acquire

    def release(self):
        self._lock.release()
        self._count -= 1
        if self._count == 0:
            self._owner = 0
            _hot("rel", _ident(), self._tt, _getframe(1))

    def __exit__(self, *exc):
        self._lock.release()
        self._count -= 1
        if self._count == 0:
            self._owner = 0
            _hot("rel", _ident(), self._tt, _getframe(1))

    # Condition uses these to drop and retake an RLock however deep it is held.
    def _is_owned(self):
        return self._lock._is_owned()

    def _release_save(self):
        state = self._lock._release_save()
        count, self._count, self._owner = self._count, 0, 0
        _hot("rel", _ident(), self._tt, _getframe(1))
        return (state, count)

    def _acquire_restore(self, saved):
        state, count = saved
        tid = _ident()
        frame = _getframe(1)
        if not self._lock.acquire(False):
            _wait_begin(_natives.get(tid) or _native(), self._tt, "lock", frame, _natives.get(self._owner, 0))
            self._lock.acquire()
            _wait_end(_natives.get(tid) or _native(), self._tt, True)
        self._lock.release()
        self._lock._acquire_restore(state)
        self._owner, self._count = tid, count
        _hot("acq", tid, self._tt, frame)

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._owner, self._count = 0, 0

    def __repr__(self):
        return "<traced %r>" % (self._lock,)


def Lock(*args, **kwargs):
    frame = _getframe(1)
    if _quiet(frame):
        return _allocate_lock()
    return TracedLock(frame)


def RLock(*args, **kwargs):
    frame = _getframe(1)
    if _quiet(frame):
        return _OrigRLock()
    return TracedRLock(frame)


class Condition(_OrigCondition):
    """A condition whose wait is reported (its lock reports its own acquire and release)."""

    def __init__(self, lock=None):
        frame = _getframe(1)
        if lock is None and not _quiet(frame) and _future_label(frame, False) is None:
            lock = TracedRLock(frame)
        _OrigCondition.__init__(self, lock)
        self._tt = 0 if _quiet(frame) else _register("Condition", frame, _future_label(frame))

    def wait(self, timeout=None):
        if not self._tt:
            return _OrigCondition.wait(self, timeout)
        tid = _native()
        _wait_begin(tid, self._tt, "cond", _getframe(1))
        ok = _OrigCondition.wait(self, timeout)
        _wait_end(tid, self._tt, ok)
        return ok


def _future_label(frame, count=True):
    # concurrent.futures makes one Condition per Future: name it as the future it is.
    if frame.f_globals.get("__name__") != "concurrent.futures._base":
        return None
    if not count:
        return ""
    count = _site_counts.get("future", 0) + 1
    _site_counts["future"] = count
    return "future#%d" % count


class Semaphore(_OrigSemaphore):
    def __init__(self, value=1):
        frame = _getframe(1)
        _OrigSemaphore.__init__(self, value)
        self._tt = 0 if _quiet(frame) else _register("Semaphore", frame)

    def acquire(self, blocking=True, timeout=None):
        if not self._tt:
            return _OrigSemaphore.acquire(self, blocking, timeout)
        if _OrigSemaphore.acquire(self, False):
            return True
        if not blocking:
            return False
        tid = _native()
        _wait_begin(tid, self._tt, "sem", _getframe(1))
        ok = _OrigSemaphore.acquire(self, True, timeout)
        _wait_end(tid, self._tt, ok)
        return ok

    __enter__ = acquire


class BoundedSemaphore(_OrigBoundedSemaphore):
    def __init__(self, value=1):
        frame = _getframe(1)
        _OrigBoundedSemaphore.__init__(self, value)
        self._tt = 0 if _quiet(frame) else _register("BoundedSemaphore", frame)

    def acquire(self, blocking=True, timeout=None):
        if not self._tt:
            return _OrigBoundedSemaphore.acquire(self, blocking, timeout)
        if _OrigBoundedSemaphore.acquire(self, False):
            return True
        if not blocking:
            return False
        tid = _native()
        _wait_begin(tid, self._tt, "sem", _getframe(1))
        ok = _OrigBoundedSemaphore.acquire(self, True, timeout)
        _wait_end(tid, self._tt, ok)
        return ok

    __enter__ = acquire


class Event(_OrigEvent):
    def __init__(self):
        frame = _getframe(1)
        _OrigEvent.__init__(self)
        self._tt = 0 if _quiet(frame) else _register("Event", frame)

    def set(self):
        _OrigEvent.set(self)
        if self._tt:
            _line('{"ev":"set","t":%d,"tid":%d,"obj":%d}\n' % (_mono(), _native(), self._tt))

    def wait(self, timeout=None):
        if not self._tt or self.is_set():
            return _OrigEvent.wait(self, timeout)
        tid = _native()
        _wait_begin(tid, self._tt, "event", _getframe(1))
        ok = _OrigEvent.wait(self, timeout)
        _wait_end(tid, self._tt, ok)
        return ok


class Barrier(_OrigBarrier):
    def __init__(self, parties, action=None, timeout=None):
        frame = _getframe(1)
        _OrigBarrier.__init__(self, parties, action, timeout)
        self._tt = 0 if _quiet(frame) else _register("Barrier", frame)

    def wait(self, timeout=None):
        if not self._tt:
            return _OrigBarrier.wait(self, timeout)
        tid = _native()
        _wait_begin(tid, self._tt, "barrier", _getframe(1))
        ok = False
        try:
            index = _OrigBarrier.wait(self, timeout)
            ok = True
            return index
        finally:
            _wait_end(tid, self._tt, ok)


def _item_label(item):
    fn = getattr(item, "fn", None)
    name = getattr(fn, "__name__", None)
    return _q(name) if isinstance(name, str) else "null"


def _queue_id(q, frame):
    obj = getattr(q, "_tt", None)
    if obj is None:
        obj = _register("Queue", frame)
        try:
            q._tt = obj
        except AttributeError:
            return 0
    return obj


def _queue_event(kind, tid, obj, item):
    _line('{"ev":"%s","t":%d,"tid":%d,"obj":%d,"item":%s}\n' % (kind, _mono(), tid, obj, _item_label(item)))


def _traced_get(original):
    def get(self, block=True, timeout=None):
        frame = _getframe(1)
        obj = _queue_id(self, frame)
        tid = _native()
        try:
            item = original(self, False)
        except _Empty:
            if not block:
                raise
            _wait_begin(tid, obj, "get", frame)
            ok = False
            try:
                item = original(self, True, timeout)
                ok = True
            finally:
                _wait_end(tid, obj, ok)
        _queue_event("get", tid, obj, item)
        return item
    return get


def _traced_put(original, bounded):
    def put(self, item, block=True, timeout=None):
        frame = _getframe(1)
        obj = _queue_id(self, frame)
        tid = _native()
        if not bounded:
            original(self, item, block, timeout)
        else:
            try:
                original(self, item, False)
            except _Full:
                if not block:
                    raise
                _wait_begin(tid, obj, "put", frame)
                ok = False
                try:
                    original(self, item, True, timeout)
                    ok = True
                finally:
                    _wait_end(tid, obj, ok)
        _queue_event("put", tid, obj, item)
    return put


class SimpleQueue(_OrigSimpleQueue):
    """queue.SimpleQueue with get/put events (ThreadPoolExecutor's work queue is one)."""

    def __init__(self):
        self._tt = _register("Queue", _getframe(1))

    get = _traced_get(_OrigSimpleQueue.get)
    put = _traced_put(_OrigSimpleQueue.put, False)


def _patch_queue():
    original_init = queue.Queue.__init__

    def __init__(self, maxsize=0):
        original_init(self, maxsize)
        self._tt = _register("Queue", _getframe(1))

    queue.Queue.__init__ = __init__
    queue.Queue.get = _traced_get(queue.Queue.get)
    queue.Queue.put = _traced_put(queue.Queue.put, True)
    queue.SimpleQueue = SimpleQueue


def _patch_threads():
    Thread = threading.Thread
    original_start = Thread.start
    original_inner = Thread._bootstrap_inner
    original_join = Thread.join

    def start(self):
        # start() blocks until the new thread runs: a short wait of its own, shown as such.
        if self._started.is_set():
            return original_start(self)  # raises RuntimeError, as it should
        self._tt_started = _mono()
        tid = self._tt_parent = _native()
        _wait_begin(tid, 0, "start", _getframe(1), 0, ',"name":%s' % _q(str(self.name)))
        try:
            original_start(self)
        finally:
            _wait_end(tid, 0, True)

    def _bootstrap_inner(self):
        tid = _native()
        _natives[_ident()] = tid
        _line('{"ev":"thread","t":%d,"t0":%d,"tid":%d,"parent":%d,"name":%s}\n' % (
            _mono(), getattr(self, "_tt_started", 0), tid, getattr(self, "_tt_parent", 0), _q(self.name)), flush=True)
        try:
            original_inner(self)
        finally:
            _line('{"ev":"end","t":%d,"tid":%d}\n' % (_mono(), tid), flush=True)

    def join(self, timeout=None):
        if self is threading.current_thread() or not self.is_alive():
            return original_join(self, timeout)
        tid = _native()
        target = getattr(self, "native_id", None) or 0
        _wait_begin(tid, 0, "join", _getframe(1), target)
        try:
            original_join(self, timeout)
        finally:
            _wait_end(tid, 0, not self.is_alive())

    Thread.start = start
    Thread._bootstrap_inner = _bootstrap_inner
    Thread.join = join

    original_shutdown = threading._shutdown

    def _shutdown():
        # The main thread's last act: CPython waits here for every non-daemon thread (and stops idle pools).
        tid = _native()
        others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon and t.is_alive()]
        if others:
            _line('{"ev":"wait","t":%d,"tid":%d,"obj":0,"what":"exit","holder":0,"at":"<exit>"}\n' % (_mono(), tid), flush=True)
        try:
            original_shutdown()
        finally:
            if others:
                _wait_end(tid, 0, True)
            _line('{"ev":"end","t":%d,"tid":%d}\n' % (_mono(), tid), flush=True)

    threading._shutdown = _shutdown


def sleep(seconds):
    frame = _getframe(1)
    tid = _native()
    _wait_begin(tid, 0, "sleep", frame, 0, ',"secs":%r' % (float(seconds),))
    try:
        _orig_sleep(seconds)
    finally:
        _wait_end(tid, 0, True)


def _after_fork_in_child():
    """A forked child says who it is, then stops tracing: its threads are not the program's (the parent's
    buffered events, copied by the fork, are dropped so nothing is written twice)."""
    global _fd
    del _buf[:]
    _natives.clear()
    _natives[_ident()] = _native()
    line = '{"ev":"child","t":%d,"tid":%d,"pid":%d,"parent":%d}\n' % (_mono(), _native(), os.getpid(), os.getppid())
    try:
        os.write(_fd, line.encode())
    except OSError:
        pass
    try:
        os.close(_fd)
    except OSError:
        pass
    _fd = -1


def _install():
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_after_fork_in_child)
    threading.Lock = Lock
    threading.RLock = RLock
    threading.Condition = Condition
    threading.Semaphore = Semaphore
    threading.BoundedSemaphore = BoundedSemaphore
    threading.Event = Event
    threading.Barrier = Barrier
    _patch_threads()
    _patch_queue()
    time.sleep = sleep


def _hello():
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    gil = True if is_gil_enabled is None else bool(is_gil_enabled())
    _line('{"ev":"hello","t":%d,"tid":%d,"pid":%d,"name":%s,"python":%s,"gil":%s,"switch_us":%d}\n' % (
        _mono(), _native(), os.getpid(), _q(threading.current_thread().name), _q(sys.version.split()[0]),
        "true" if gil else "false", int(sys.getswitchinterval() * 1_000_000)), flush=True)
    if not gil:
        _line('{"ev":"gil-off","t":%d,"tid":%d}\n' % (_mono(), _native()), flush=True)


def _print_traceback(error):
    """The traceback as python3 would print it: without runpy's frames and without this module's wrappers."""
    import traceback
    ours = os.path.abspath(__file__)
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if os.path.abspath(frame.filename) != ours and not frame.filename.startswith("<frozen runpy")
              and not frame.filename.endswith("runpy.py")]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames) + traceback.format_exception_only(type(error), error)
    sys.stderr.write("".join(lines))


def main():
    global _fd, _ids, _next_flush
    import runpy
    _fd = int(os.environ.pop("THREADTUTOR_TRACE_FD"))
    _ids = itertools.count(1)
    _next_flush = _mono() + _FLUSH_NS
    mode, target, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    _natives[_ident()] = _native()
    _hello()
    _install()
    try:
        if mode == "path":
            sys.argv = [target] + args
            sys.path[0] = os.path.dirname(os.path.abspath(target))
            runpy.run_path(target, run_name="__main__")
        elif mode == "module":
            sys.argv = [target] + args
            sys.path[0] = os.getcwd()
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        else:
            sys.argv = ["-c"] + args
            sys.path[0] = ""
            import types
            # A fresh __main__ for the code; this module's functions keep their own globals.
            main_module = types.ModuleType("__main__")
            main_module.__builtins__ = __builtins__
            sys.modules["__main__"] = main_module
            exec(compile(target, "<string>", "exec"), main_module.__dict__)
    except SystemExit:
        raise
    except BaseException as error:
        _line('{"ev":"exception","t":%d,"tid":%d,"text":%s}\n' % (
            _mono(), _native(), _q("%s: %s" % (type(error).__name__, error))), flush=True)
        _print_traceback(error)
        sys.exit(1)
    finally:
        _flush()


if __name__ == "__main__":
    import atexit
    atexit.register(_flush)
    main()
