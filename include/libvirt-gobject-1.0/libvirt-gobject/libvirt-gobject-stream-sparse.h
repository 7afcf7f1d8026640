/*
 * libvirt-gobject-stream-sparse.h: sparse streams, holes kept as holes (libvirt-glib-rs addition)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_STREAM_SPARSE_H__
#define __LIBVIRT_GOBJECT_STREAM_SPARSE_H__

#include <gio/gio.h>
#include <libvirt-gobject/libvirt-gobject-stream.h>

G_BEGIN_DECLS

/*
 * A volume transfer started with VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM or
 * VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM carries the volume's holes as lengths, not as zeros.
 * gvir_stream_receive() expands them into zeros; the functions here keep them. The
 * whole-transfer ones (gvir_stream_sparse_*) want a blocking stream (gvir_connection_get_stream()
 * with flags 0) and abort the stream when they fail.
 *
 * libvirtd takes an uploaded hole by seeking past it (libvirt 9.0): what the volume held there
 * before stays. Upload sparse into a new volume, or one that reads as zeros.
 */

/**
 * GVirStreamSparseSinkFunc:
 * @stream: the stream being read
 * @buf: (array length=nbytes) (element-type guint8): the bytes received
 * @nbytes: how many bytes @buf holds
 * @user_data: what was given to gvir_stream_sparse_receive_all()
 *
 * Takes a piece of the data gvir_stream_sparse_receive_all() receives. The same as
 * #GVirStreamSinkFunc for C, with the annotations bindings need to pass the bytes.
 *
 * Returns: how many bytes were taken (it is called again with the rest), or -1 to abort the
 *   transfer
 *
 * Since: 5.0
 */
typedef gint (*GVirStreamSparseSinkFunc)(GVirStream *stream,
                                         const gchar *buf,
                                         gsize nbytes,
                                         gpointer user_data);

/**
 * GVirStreamSparseSourceFunc:
 * @stream: the stream being written
 * @buf: (out caller-allocates) (array length=nbytes) (element-type guint8): where to put the
 *   next bytes
 * @nbytes: how many bytes @buf has room for
 * @user_data: what was given to gvir_stream_sparse_send_all()
 *
 * Supplies the next piece of the data gvir_stream_sparse_send_all() sends. The same as
 * #GVirStreamSourceFunc for C.
 *
 * Returns: how many bytes were put in @buf, 0 at the end of the data, or -1 to abort
 *
 * Since: 5.0
 */
typedef gint (*GVirStreamSparseSourceFunc)(GVirStream *stream,
                                           gchar *buf,
                                           gsize nbytes,
                                           gpointer user_data);

/**
 * GVirStreamSinkHoleFunc:
 * @stream: the stream being read
 * @length: the length of the hole, in bytes
 * @user_data: what was given to gvir_stream_sparse_receive_all()
 *
 * Takes a hole gvir_stream_sparse_receive_all() received: the data that follows it begins
 * @length bytes further on.
 *
 * Returns: 0, or -1 to abort the transfer
 *
 * Since: 5.0
 */
typedef gint (*GVirStreamSinkHoleFunc)(GVirStream *stream,
                                       gint64 length,
                                       gpointer user_data);

/**
 * GVirStreamSourceHoleFunc:
 * @stream: the stream being written
 * @in_data: (out): where to say whether the source is in data (%TRUE) or in a hole
 * @length: (out): where to put the length of that data or hole, in bytes; 0 at the end of
 *   the source
 * @user_data: what was given to gvir_stream_sparse_send_all()
 *
 * Tells gvir_stream_sparse_send_all() what lies at the source's current position.
 *
 * Returns: 0, or -1 to abort the transfer
 *
 * Since: 5.0
 */
typedef gint (*GVirStreamSourceHoleFunc)(GVirStream *stream,
                                         gboolean *in_data,
                                         gint64 *length,
                                         gpointer user_data);

/**
 * GVirStreamSourceSkipFunc:
 * @stream: the stream being written
 * @length: the length of the hole just sent, in bytes
 * @user_data: what was given to gvir_stream_sparse_send_all()
 *
 * Moves the source of gvir_stream_sparse_send_all() past the hole it reported.
 *
 * Returns: 0, or -1 to abort the transfer
 *
 * Since: 5.0
 */
typedef gint (*GVirStreamSourceSkipFunc)(GVirStream *stream,
                                         gint64 length,
                                         gpointer user_data);

/**
 * gvir_stream_send_hole:
 * @stream: a sparse stream being written
 * @length: the length of the hole, in bytes
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Sends a hole of @length bytes (virStreamSendHole()): the receiving end skips that much
 * instead of writing zeros (libvirtd seeks past it: upload into a new volume, see above).
 * The stream must have been started as sparse (an upload with
 * VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM): other streams refuse holes with
 * %G_IO_ERROR_NOT_SUPPORTED.
 *
 * Returns: %TRUE, or %FALSE with @error set
 *
 * Since: 5.0
 */
gboolean gvir_stream_send_hole(GVirStream *stream,
                               gint64 length,
                               GCancellable *cancellable,
                               GError **error);

/**
 * gvir_stream_recv_hole:
 * @stream: a sparse stream being read
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Takes the length of the hole gvir_stream_receive_until_hole() stopped at
 * (virStreamRecvHole()); the stream moves past it.
 *
 * Returns: the length of the hole in bytes (0 if the stream is not at one), or -1 with
 *   @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_recv_hole(GVirStream *stream,
                             GCancellable *cancellable,
                             GError **error);

/**
 * gvir_stream_receive_until_hole:
 * @stream: a sparse stream being read
 * @buffer: (array length=size) (element-type guint8): where to put the data
 * @size: how many bytes @buffer has room for
 * @at_hole: (out) (optional): set to %TRUE when the stream is at a hole
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Receives up to @size bytes of data, stopping at a hole (virStreamRecvFlags() with
 * VIR_STREAM_RECV_STOP_AT_HOLE): at a hole it returns 0 with @at_hole set, and
 * gvir_stream_recv_hole() gives the hole's length. A non-blocking stream with no data yet
 * fails with %G_IO_ERROR_WOULD_BLOCK.
 *
 * Returns: the number of bytes received; 0 at a hole (@at_hole %TRUE) or at the end of the
 *   stream (@at_hole %FALSE); or -1 with @error set
 *
 * Since: 5.0
 */
gssize gvir_stream_receive_until_hole(GVirStream *stream,
                                      gchar *buffer,
                                      gsize size,
                                      gboolean *at_hole,
                                      GCancellable *cancellable,
                                      GError **error);

/**
 * gvir_stream_sparse_receive_all:
 * @stream: a blocking stream
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @func: (scope call) (closure user_data): takes each piece of data
 * @hole_func: (scope call) (closure user_data): takes each hole
 * @user_data: (nullable): passed to @func and @hole_func
 * @error: return location for a #GError, or %NULL
 *
 * Receives the whole stream as virStreamSparseRecvAll() does: the data goes to @func piece by
 * piece, the length of each hole to @hole_func. On a stream that is not sparse, everything is
 * data. A failing handler or a cancellation aborts the stream.
 *
 * Returns: the length received (data and holes), or -1 with @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_sparse_receive_all(GVirStream *stream,
                                      GCancellable *cancellable,
                                      GVirStreamSparseSinkFunc func,
                                      GVirStreamSinkHoleFunc hole_func,
                                      gpointer user_data,
                                      GError **error);

/**
 * gvir_stream_sparse_send_all: (skip)
 * @stream: a blocking stream
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @func: (scope call) (closure user_data): supplies the data
 * @hole_func: (scope call) (closure user_data): tells whether the source is in data or in
 *   a hole, and for how long
 * @skip_func: (scope call) (closure user_data): moves the source past a hole
 * @user_data: (nullable): passed to the three functions
 * @error: return location for a #GError, or %NULL
 *
 * Sends a whole source as virStreamSparseSendAll() does: @hole_func tells what lies at the
 * source's position; a hole is sent as such (gvir_stream_send_hole()) and @skip_func moves the
 * source past it; data is read with @func, never more than the data section @hole_func
 * reported. The transfer ends when @hole_func reports a length of 0 or @func returns 0. A
 * failing handler or a cancellation aborts the stream.
 *
 * Not for bindings (they cannot fill a caller's buffer from a callback): they send a file
 * with gvir_stream_sparse_send_from_fd(), or write the data to the stream's #GOutputStream
 * and send the holes with gvir_stream_send_hole().
 *
 * Returns: the length sent (data and holes), or -1 with @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_sparse_send_all(GVirStream *stream,
                                   GCancellable *cancellable,
                                   GVirStreamSparseSourceFunc func,
                                   GVirStreamSourceHoleFunc hole_func,
                                   GVirStreamSourceSkipFunc skip_func,
                                   gpointer user_data,
                                   GError **error);

/**
 * gvir_stream_sparse_receive_to_fd:
 * @stream: a blocking stream
 * @fd: a file descriptor open for writing
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Receives the whole stream into @fd from its current offset, the stream's holes made holes
 * in the file: past the file's end it is extended (ftruncate()), over old contents the
 * holes are punched (or zeros written where the file system cannot). Into anything but a
 * regular file, holes are written as zeros. Download with
 * VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM for the stream to carry holes.
 *
 * Returns: the length received (data and holes), or -1 with @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_sparse_receive_to_fd(GVirStream *stream,
                                        gint fd,
                                        GCancellable *cancellable,
                                        GError **error);

/**
 * gvir_stream_sparse_receive_to_fd_async:
 * @stream: a blocking stream
 * @fd: a file descriptor open for writing (duplicated: it may be closed once this returns)
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @callback: (scope async): called when the transfer is over
 * @user_data: (closure): data for @callback
 *
 * gvir_stream_sparse_receive_to_fd() on a worker thread.
 *
 * Since: 5.0
 */
void gvir_stream_sparse_receive_to_fd_async(GVirStream *stream,
                                            gint fd,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data);

/**
 * gvir_stream_sparse_receive_to_fd_finish:
 * @stream: the stream
 * @result: the #GAsyncResult passed to the callback
 * @error: return location for a #GError, or %NULL
 *
 * Returns: the length received (data and holes), or -1 with @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_sparse_receive_to_fd_finish(GVirStream *stream,
                                               GAsyncResult *result,
                                               GError **error);

/**
 * gvir_stream_sparse_send_from_fd:
 * @stream: a blocking stream
 * @fd: a file descriptor open for reading
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Sends what @fd holds from its current offset to its end, the file's holes (found with
 * SEEK_DATA and SEEK_HOLE) as holes when the upload was started with
 * VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM, as zeros into a stream that is not sparse. From a
 * pipe, or a file system that cannot tell where its holes are, everything is sent as data.
 *
 * Returns: the length sent (data and holes), or -1 with @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_sparse_send_from_fd(GVirStream *stream,
                                       gint fd,
                                       GCancellable *cancellable,
                                       GError **error);

/**
 * gvir_stream_sparse_send_from_fd_async:
 * @stream: a blocking stream
 * @fd: a file descriptor open for reading (duplicated: it may be closed once this returns)
 * @cancellable: (nullable): a #GCancellable, or %NULL
 * @callback: (scope async): called when the transfer is over
 * @user_data: (closure): data for @callback
 *
 * gvir_stream_sparse_send_from_fd() on a worker thread.
 *
 * Since: 5.0
 */
void gvir_stream_sparse_send_from_fd_async(GVirStream *stream,
                                           gint fd,
                                           GCancellable *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer user_data);

/**
 * gvir_stream_sparse_send_from_fd_finish:
 * @stream: the stream
 * @result: the #GAsyncResult passed to the callback
 * @error: return location for a #GError, or %NULL
 *
 * Returns: the length sent (data and holes), or -1 with @error set
 *
 * Since: 5.0
 */
gint64 gvir_stream_sparse_send_from_fd_finish(GVirStream *stream,
                                              GAsyncResult *result,
                                              GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_STREAM_SPARSE_H__ */
