#pragma once

// Marks, for ThreadSanitizer, a hand-over between threads that Qt performs under locks of its own,
// which ThreadSanitizer cannot see because Debian's Qt is not built with it: a job's outcome,
// written on the job's thread before its promise finishes, and read on the window's thread after
// the future's watcher says it finished. In every other build these do nothing.

#if defined(__SANITIZE_THREAD__)
#define PAINPACE_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PAINPACE_THREAD_SANITIZER 1
#endif
#endif

#ifdef PAINPACE_THREAD_SANITIZER
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace painpace::threadhandover {

// Everything this thread wrote before is handed over with `token`.
inline void sent([[maybe_unused]] void* token) {
#ifdef PAINPACE_THREAD_SANITIZER
    __tsan_release(token);
#endif
}

// What was handed over with `token` is seen by this thread from now on.
inline void received([[maybe_unused]] void* token) {
#ifdef PAINPACE_THREAD_SANITIZER
    __tsan_acquire(token);
#endif
}

} // namespace painpace::threadhandover
