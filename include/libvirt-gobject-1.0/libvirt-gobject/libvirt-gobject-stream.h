/*
 * libvirt-gobject-stream.h: libvirt data streams as GIOStreams
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_STREAM_H__
#define __LIBVIRT_GOBJECT_STREAM_H__

#include <gio/gio.h>

G_BEGIN_DECLS

#define GVIR_TYPE_STREAM            (gvir_stream_get_type ())
#define GVIR_STREAM(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_STREAM, GVirStream))
#define GVIR_STREAM_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_STREAM, GVirStreamClass))
#define GVIR_IS_STREAM(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_STREAM))
#define GVIR_IS_STREAM_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_STREAM))
#define GVIR_STREAM_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_STREAM, GVirStreamClass))

#define GVIR_TYPE_STREAM_HANDLE     (gvir_stream_handle_get_type ())

typedef struct _GVirStream GVirStream;
typedef struct _GVirStreamPrivate GVirStreamPrivate;
typedef struct _GVirStreamClass GVirStreamClass;

/**
 * GVirStream:
 *
 * A libvirt data stream (a console, a screenshot, a volume transfer) as a #GIOStream.
 */
struct _GVirStream
{
    GIOStream parent_instance;

    GVirStreamPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirStreamClass
{
    GIOStreamClass parent_class;

    gpointer padding[20];
};

/**
 * GVirStreamSinkFunc:
 * @stream: the stream being read
 * @buf: (out) (array length=nbytes) (transfer none): the bytes received
 * @nbytes: how many bytes @buf holds
 * @user_data: what was given to gvir_stream_receive_all()
 *
 * Takes a piece of the data gvir_stream_receive_all() receives.
 *
 * Returns: how many bytes were taken, or -1 to abort the transfer
 */
typedef gint (*GVirStreamSinkFunc)(GVirStream *stream,
                                   const gchar *buf,
                                   gsize nbytes,
                                   gpointer user_data);

/**
 * GVirStreamSourceFunc:
 * @stream: the stream being written
 * @buf: (out) (array length=nbytes) (transfer none): where to put the next bytes
 * @nbytes: how many bytes @buf has room for
 * @user_data: what was given to gvir_stream_send_all()
 *
 * Supplies the next piece of the data gvir_stream_send_all() sends.
 *
 * Returns: how many bytes were put in @buf, 0 at the end of the data, or -1 to abort
 */
typedef gint (*GVirStreamSourceFunc)(GVirStream *stream,
                                     gchar *buf,
                                     gsize nbytes,
                                     gpointer user_data);

GType gvir_stream_get_type(void);
GType gvir_stream_handle_get_type(void);

/**
 * GVirStreamIOCondition:
 * @GVIR_STREAM_IO_CONDITION_READABLE: data can be received
 * @GVIR_STREAM_IO_CONDITION_WRITABLE: data can be sent
 * @GVIR_STREAM_IO_CONDITION_HANGUP: the other end closed the stream
 * @GVIR_STREAM_IO_CONDITION_ERROR: the stream failed
 *
 * What a watch on a stream waits for.
 */
typedef enum {
    GVIR_STREAM_IO_CONDITION_READABLE = (1 << 0),
    GVIR_STREAM_IO_CONDITION_WRITABLE = (1 << 1),
    GVIR_STREAM_IO_CONDITION_HANGUP   = (1 << 2),
    GVIR_STREAM_IO_CONDITION_ERROR    = (1 << 3),
} GVirStreamIOCondition;

/**
 * GVirStreamIOFunc:
 * @stream: the watched stream
 * @cond: what happened
 * @opaque: (nullable): what was given with the watch
 *
 * Called by a stream watch when the stream is ready.
 *
 * Returns: %FALSE to remove the watch
 */
typedef gboolean (*GVirStreamIOFunc)(GVirStream *stream,
                                     GVirStreamIOCondition cond,
                                     gpointer opaque);

/**
 * gvir_stream_add_watch: (skip)
 * @stream: the stream
 * @cond: the conditions to watch for (bitfield of #GVirStreamIOCondition)
 * @func: (closure opaque): called when one of them happens
 * @opaque: (nullable): passed to @func
 *
 * gvir_stream_add_watch_full() at the default priority, without a destroy notify.
 *
 * Returns: the id of the watch's #GSource on the default main context
 */
guint gvir_stream_add_watch(GVirStream *stream,
                            GVirStreamIOCondition cond,
                            GVirStreamIOFunc func,
                            gpointer opaque);

/**
 * gvir_stream_add_watch_full: (rename-to gvir_stream_add_watch)
 * @stream: the stream
 * @priority: the priority of the watch's #GSource
 * @cond: the conditions to watch for (bitfield of #GVirStreamIOCondition)
 * @func: (closure opaque) (destroy notify) (scope notified): called when one of them happens
 * @opaque: (nullable): passed to @func
 * @notify: called with @opaque when the watch is removed
 *
 * Calls @func on the default main context whenever the stream reports one of @cond (a hang-up
 * or an error is always reported), until @func returns %FALSE or the source is removed.
 *
 * Returns: the id of the watch's #GSource on the default main context
 */
guint gvir_stream_add_watch_full(GVirStream *stream,
                                 gint priority,
                                 GVirStreamIOCondition cond,
                                 GVirStreamIOFunc func,
                                 gpointer opaque,
                                 GDestroyNotify notify);

/**
 * gvir_stream_receive_all:
 * @stream: a blocking stream
 * @cancellable: (nullable): a #GCancellable
 * @func: (scope notified) (closure user_data): takes each piece of data
 * @user_data: (nullable): passed to @func
 * @error: return location for a #GError
 *
 * Receives the whole stream, handing it to @func piece by piece.
 *
 * Returns: the number of bytes received, or -1 with @error set
 */
gssize gvir_stream_receive_all(GVirStream *stream,
                               GCancellable *cancellable,
                               GVirStreamSinkFunc func,
                               gpointer user_data,
                               GError **error);

/**
 * gvir_stream_receive:
 * @stream: the stream
 * @buffer: (array length=size) (element-type guint8): where to put the data
 * @size: how many bytes @buffer has room for
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Receives up to @size bytes. A non-blocking stream with no data yet fails with
 * %G_IO_ERROR_WOULD_BLOCK.
 *
 * Returns: the number of bytes received, 0 at the end of the stream, or -1 with @error set
 */
gssize gvir_stream_receive(GVirStream *stream,
                           gchar *buffer,
                           gsize size,
                           GCancellable *cancellable,
                           GError **error);

/**
 * gvir_stream_send_all:
 * @stream: a blocking stream
 * @cancellable: (nullable): a #GCancellable
 * @func: (scope notified) (closure user_data): supplies the data
 * @user_data: (nullable): passed to @func
 * @error: return location for a #GError
 *
 * Sends what @func supplies until it reports the end.
 *
 * Returns: the number of bytes sent, or -1 with @error set
 */
gssize gvir_stream_send_all(GVirStream *stream,
                            GCancellable *cancellable,
                            GVirStreamSourceFunc func,
                            gpointer user_data,
                            GError **error);

/**
 * gvir_stream_send:
 * @stream: the stream
 * @buffer: the data (at least @size bytes)
 * @size: how many bytes to send
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Sends up to @size bytes. A non-blocking stream that cannot take data yet fails with
 * %G_IO_ERROR_WOULD_BLOCK.
 *
 * Returns: the number of bytes sent, or -1 with @error set
 */
gssize gvir_stream_send(GVirStream *stream,
                        const gchar *buffer,
                        gsize size,
                        GCancellable *cancellable,
                        GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_STREAM_H__ */
