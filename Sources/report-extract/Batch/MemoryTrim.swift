/// Hands freed heap memory back to the system. glibc keeps a thread's freed memory in that
/// thread's arena; after a large document on one worker thread, the next large one may run on
/// another and add its own, so without this the peak is two large documents, not one.
enum MemoryTrim {
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
#endif
