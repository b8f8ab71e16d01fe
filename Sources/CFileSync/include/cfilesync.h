#ifndef CFILESYNC_H
#define CFILESYNC_H

/// Flushes the whole file system holding `fd` to disk: Linux `syncfs`, which Glibc declares only
/// under _GNU_SOURCE (Swift's Glibc module is built without it); elsewhere `sync`. Returns 0, or
/// -1 with errno set.
int cfilesync_syncfs(int fd);

/// Starts writing `count` bytes of `fd` from `offset` to disk without waiting for them: Linux
/// `sync_file_range` with SYNC_FILE_RANGE_WRITE (also declared only under _GNU_SOURCE); nothing
/// elsewhere. It makes nothing durable: the fsync or syncfs before a rename still does. Returns
/// 0, or -1 with errno set.
int cfilesync_start_writeback(int fd, long long offset, long long count);

#endif
