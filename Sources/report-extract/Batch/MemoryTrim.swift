/// Hands freed heap memory back to the system. glibc keeps a thread's freed memory in that
/// thread's arena; after a large document on one worker thread, the next large one may run on
/// another and add its own, so without this the peak is two large documents, not one.
enum MemoryTrim {
    /// One heap arena for all worker threads: with one per thread, the memory a large document
    /// freed on one thread is not reused by the next large document on another, and `--jobs 2`
    /// peaked at 151 MB on two 1 MB tables run one after the other (125 MB with one arena, and
    /// no slower: 4.7 s against 6.2 s wall on this machine).
    static func shareOneArena() {
        #if os(Linux)
            _ = glibcMallopt(-8, 1)  // M_ARENA_MAX
        #endif
    }

    static func release() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
    // <malloc.h> is not part of the Glibc module Swift imports.
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32

    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
