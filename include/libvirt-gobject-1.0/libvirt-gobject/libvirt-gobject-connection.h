/*
 * libvirt-gobject-connection.h: a connection to a libvirt driver and its domains
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_CONNECTION_H__
#define __LIBVIRT_GOBJECT_CONNECTION_H__

#include <gio/gio.h>
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-gobject/libvirt-gobject-stream.h>
#include <libvirt-gobject/libvirt-gobject-domain.h>
#include <libvirt-gobject/libvirt-gobject-storage-pool.h>
#include <libvirt-gobject/libvirt-gobject-network.h>
#include <libvirt-gobject/libvirt-gobject-interface.h>

G_BEGIN_DECLS

#define GVIR_TYPE_CONNECTION            (gvir_connection_get_type ())
#define GVIR_CONNECTION(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_CONNECTION, GVirConnection))
#define GVIR_CONNECTION_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_CONNECTION, GVirConnectionClass))
#define GVIR_IS_CONNECTION(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_CONNECTION))
#define GVIR_IS_CONNECTION_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_CONNECTION))
#define GVIR_CONNECTION_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_CONNECTION, GVirConnectionClass))

#define GVIR_TYPE_CONNECTION_HANDLE      (gvir_connection_handle_get_type ())

typedef struct _GVirNodeInfo GVirNodeInfo;

/**
 * GVirNodeInfo:
 * @model: the CPU model, NUL-terminated
 * @memory: memory, in KiB
 * @cpus: the number of active CPUs
 * @mhz: the expected CPU frequency in MHz, 0 when unknown
 * @nodes: the number of NUMA cells (1 for uniform memory access)
 * @sockets: CPU sockets per NUMA cell
 * @cores: cores per socket
 * @threads: threads per core
 *
 * The host's processors and memory, from gvir_connection_get_node_info().
 */
struct _GVirNodeInfo
{
    gchar model[32];
    gulong memory;
    guint cpus;
    guint mhz;
    guint nodes;
    guint sockets;
    guint cores;
    guint threads;
};

typedef struct _GVirConnection GVirConnection;
typedef struct _GVirConnectionPrivate GVirConnectionPrivate;
typedef struct _GVirConnectionClass GVirConnectionClass;

/**
 * GVirConnection:
 *
 * A connection to a libvirt driver. Once opened and fetched it holds one #GVirDomain per
 * domain and keeps that set true from libvirt's events.
 */
struct _GVirConnection
{
    GObject parent;

    GVirConnectionPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirConnectionClass:
 * @parent_class: the parent class
 * @connection_opened: default handler of #GVirConnection::connection-opened
 * @connection_closed: default handler of #GVirConnection::connection-closed
 * @domain_added: default handler of #GVirConnection::domain-added
 * @domain_removed: default handler of #GVirConnection::domain-removed
 * @stream_new: makes the #GVirStream for a libvirt stream handle
 */
struct _GVirConnectionClass
{
    GObjectClass parent_class;

    void (*connection_opened)(GVirConnection *conn);
    void (*connection_closed)(GVirConnection *conn);

    void (*domain_added)(GVirConnection *conn, GVirDomain *dom);
    void (*domain_removed)(GVirConnection *conn, GVirDomain *dom);

    GVirStream *(*stream_new)(GVirConnection *conn, gpointer handle);

    gpointer padding[20];
};

GType gvir_connection_get_type(void);
GType gvir_connection_handle_get_type(void);
GType gvir_node_info_get_type(void);

/**
 * gvir_connection_new:
 * @uri: the libvirt URI to connect to
 *
 * Makes a connection object for @uri; nothing is opened yet.
 *
 * Returns: (transfer full): the new connection
 */
GVirConnection *gvir_connection_new(const char *uri);

/**
 * gvir_connection_open:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Opens the connection, subscribes to its domain events and emits
 * #GVirConnection::connection-opened.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_open(GVirConnection *conn,
                              GCancellable *cancellable,
                              GError **err);

/**
 * gvir_connection_open_read_only:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Opens the connection for queries only, as gvir_connection_open() does otherwise.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_open_read_only(GVirConnection *conn,
                                        GCancellable *cancellable,
                                        GError **err);

/**
 * gvir_connection_open_async:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Opens the connection on a worker thread. #GVirConnection::connection-opened is emitted
 * on the caller's context, just before @callback runs.
 */
void gvir_connection_open_async(GVirConnection *conn,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data);

/**
 * gvir_connection_open_finish:
 * @conn: the connection
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_open_finish(GVirConnection *conn,
                                     GAsyncResult *result,
                                     GError **err);

/**
 * gvir_connection_open_read_only_async:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Opens the connection for queries only, on a worker thread.
 */
void gvir_connection_open_read_only_async(GVirConnection *conn,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data);

/**
 * gvir_connection_open_read_only_finish:
 * @conn: the connection
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_open_read_only_finish(GVirConnection *conn,
                                               GAsyncResult *result,
                                               GError **err);

/**
 * gvir_connection_is_open:
 * @conn: the connection
 *
 * Returns: whether the connection is open
 */
gboolean gvir_connection_is_open(GVirConnection *conn);

/**
 * gvir_connection_is_read_only:
 * @conn: the connection
 *
 * Returns: whether the connection was opened for queries only
 */
gboolean gvir_connection_is_read_only(GVirConnection *conn);

/**
 * gvir_connection_close:
 * @conn: the connection
 *
 * Closes the connection, forgets its domains and emits #GVirConnection::connection-closed.
 */
void gvir_connection_close(GVirConnection *conn);

/**
 * gvir_connection_fetch_domains:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Lists the connection's domains into its cache (see gvir_connection_get_domains()).
 * Domains already known keep their objects.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_domains(GVirConnection *conn,
                                       GCancellable *cancellable,
                                       GError **err);

/**
 * gvir_connection_fetch_domains_async:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Lists the domains as gvir_connection_fetch_domains() does, on a worker thread.
 */
void gvir_connection_fetch_domains_async(GVirConnection *conn,
                                         GCancellable *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer user_data);

/**
 * gvir_connection_fetch_domains_finish:
 * @conn: the connection
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_domains_finish(GVirConnection *conn,
                                              GAsyncResult *result,
                                              GError **err);

/**
 * gvir_connection_get_uri:
 * @conn: the connection
 *
 * Returns: the connection's URI (for a connection made without one, the URI libvirt chose
 *   once it is open), owned by @conn
 */
const gchar *gvir_connection_get_uri(GVirConnection *conn);

/**
 * gvir_connection_get_hypervisor_name:
 * @conn: the connection
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the name of the connection's driver (`QEMU`, `TEST`, …), or
 *   %NULL with @err set
 */
gchar *gvir_connection_get_hypervisor_name(GVirConnection *conn,
                                           GError **err);

/**
 * gvir_connection_get_version:
 * @conn: the connection
 * @err: return location for a #GError, or %NULL
 *
 * Returns: the hypervisor's version as major * 1,000,000 + minor * 1,000 + release, or 0
 *   with @err set
 */
gulong gvir_connection_get_version(GVirConnection *conn,
                                   GError **err);

/**
 * gvir_connection_get_domains:
 * @conn: the connection
 *
 * The domains the connection knows of: those fetched, and those its events reported since.
 *
 * Returns: (transfer full) (element-type LibvirtGObject.Domain): the domains, in no
 *   particular order
 */
GList *gvir_connection_get_domains(GVirConnection *conn);

/**
 * gvir_connection_get_domain:
 * @conn: the connection
 * @uuid: the UUID of the domain
 *
 * Returns: (transfer full): the known domain with UUID @uuid, or %NULL
 */
GVirDomain *gvir_connection_get_domain(GVirConnection *conn,
                                       const gchar *uuid);

/**
 * gvir_connection_find_domain_by_id:
 * @conn: the connection
 * @id: the id of a running domain
 *
 * Returns: (transfer full): the known domain running with id @id, or %NULL
 */
GVirDomain *gvir_connection_find_domain_by_id(GVirConnection *conn,
                                              gint id);

/**
 * gvir_connection_find_domain_by_name:
 * @conn: the connection
 * @name: the name of the domain
 *
 * Returns: (transfer full): the known domain named @name, or %NULL
 */
GVirDomain *gvir_connection_find_domain_by_name(GVirConnection *conn,
                                                const gchar *name);

/**
 * gvir_connection_create_domain:
 * @conn: the connection
 * @conf: the configuration of the domain
 * @err: return location for a #GError, or %NULL
 *
 * Defines a persistent domain from @conf, without starting it.
 *
 * Returns: (transfer full): the new domain, or %NULL with @err set
 */
GVirDomain *gvir_connection_create_domain(GVirConnection *conn,
                                          GVirConfigDomain *conf,
                                          GError **err);

/**
 * gvir_connection_start_domain:
 * @conn: the connection
 * @conf: the configuration of the domain
 * @flags: #GVirDomainStartFlags
 * @err: return location for a #GError, or %NULL
 *
 * Creates a transient domain from @conf and starts it; it disappears once stopped.
 *
 * Returns: (transfer full): the new domain, or %NULL with @err set
 */
GVirDomain *gvir_connection_start_domain(GVirConnection *conn,
                                         GVirConfigDomain *conf,
                                         guint flags,
                                         GError **err);

/**
 * gvir_connection_get_node_info:
 * @conn: the connection
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the host's processors and memory (free with g_boxed_free()), or
 *   %NULL with @err set
 */
GVirNodeInfo *gvir_connection_get_node_info(GVirConnection *conn,
                                            GError **err);

/**
 * gvir_connection_restore_domain_from_file:
 * @conn: the connection
 * @filename: path of an image written by gvir_domain_save_to_file()
 * @custom_conf: (allow-none): a configuration replacing the one in the image, or %NULL
 * @flags: libvirt's `virDomainSaveRestoreFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Starts the domain saved in @filename from where it was saved.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean
gvir_connection_restore_domain_from_file(GVirConnection *conn,
                                         gchar *filename,
                                         GVirConfigDomain *custom_conf,
                                         guint flags,
                                         GError **err);

/**
 * gvir_connection_restore_domain_from_file_async:
 * @conn: the connection
 * @filename: path of an image written by gvir_domain_save_to_file()
 * @custom_conf: (allow-none): a configuration replacing the one in the image, or %NULL
 * @flags: libvirt's `virDomainSaveRestoreFlags`, or 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Restores the domain as gvir_connection_restore_domain_from_file() does, on a worker
 * thread.
 */
void
gvir_connection_restore_domain_from_file_async(GVirConnection *conn,
                                               gchar *filename,
                                               GVirConfigDomain *custom_conf,
                                               guint flags,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data);

/**
 * gvir_connection_restore_domain_from_file_finish:
 * @conn: the connection
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean
gvir_connection_restore_domain_from_file_finish(GVirConnection *conn,
                                                GAsyncResult *result,
                                                GError **err);

/**
 * gvir_connection_get_stream:
 * @conn: an open connection
 * @flags: libvirt's stream flags (1 for a non-blocking stream)
 *
 * Makes a new libvirt stream on @conn, through the class's stream_new slot.
 *
 * Returns: (transfer full): the stream, or %NULL when the connection is not open or libvirt
 *   cannot make one
 */
GVirStream *gvir_connection_get_stream(GVirConnection *conn,
                                       guint flags);

/**
 * gvir_connection_fetch_storage_pools:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Lists the connection's storage pools (see gvir_connection_get_storage_pools()). Pools already
 * known keep their objects.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_storage_pools(GVirConnection *conn,
                                             GCancellable *cancellable,
                                             GError **err);

/**
 * gvir_connection_fetch_storage_pools_async:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_connection_fetch_storage_pools() on a worker thread.
 */
void gvir_connection_fetch_storage_pools_async(GVirConnection *conn,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer user_data);

/**
 * gvir_connection_fetch_storage_pools_finish:
 * @conn: the connection
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_storage_pools_finish(GVirConnection *conn,
                                                    GAsyncResult *result,
                                                    GError **err);

/**
 * gvir_connection_get_storage_pools:
 * @conn: the connection
 *
 * Returns: (element-type LibvirtGObject.StoragePool) (transfer full): the storage pools the
 *   last fetch found (and those created since); free with g_list_free_full() and
 *   g_object_unref()
 */
GList *gvir_connection_get_storage_pools(GVirConnection *conn);

/**
 * gvir_connection_get_storage_pool:
 * @conn: the connection
 * @uuid: the pool's UUID
 *
 * Returns: (transfer full): the pool with @uuid, or %NULL
 */
GVirStoragePool *gvir_connection_get_storage_pool(GVirConnection *conn,
                                                  const gchar *uuid);

/**
 * gvir_connection_find_storage_pool_by_name:
 * @conn: the connection
 * @name: the pool's name
 *
 * Returns: (transfer full): the pool called @name, or %NULL
 */
GVirStoragePool *gvir_connection_find_storage_pool_by_name(GVirConnection *conn,
                                                           const gchar *name);

/**
 * gvir_connection_create_storage_pool:
 * @conn: the connection
 * @conf: the pool's configuration
 * @flags: libvirt's flags
 * @err: return location for a #GError, or %NULL
 *
 * Defines a storage pool from @conf (it is not started).
 *
 * Returns: (transfer full): the new pool, or %NULL with @err set
 */
GVirStoragePool *gvir_connection_create_storage_pool
                                (GVirConnection *conn,
                                 GVirConfigStoragePool *conf,
                                 guint flags,
                                 GError **err);

/**
 * gvir_connection_fetch_networks:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Lists the connection's virtual networks (see gvir_connection_get_networks()). Networks
 * already known keep their objects.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_networks(GVirConnection *conn,
                                        GCancellable *cancellable,
                                        GError **err);

/**
 * gvir_connection_fetch_networks_async:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_connection_fetch_networks() on a worker thread.
 */
void gvir_connection_fetch_networks_async(GVirConnection *conn,
                                          GCancellable *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer user_data);

/**
 * gvir_connection_fetch_networks_finish:
 * @conn: the connection
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_networks_finish(GVirConnection *conn,
                                               GAsyncResult *result,
                                               GError **err);

/**
 * gvir_connection_get_networks:
 * @conn: the connection
 *
 * Returns: (element-type LibvirtGObject.Network) (transfer full): the networks the last fetch
 *   found; free with g_list_free_full() and g_object_unref()
 */
GList *gvir_connection_get_networks(GVirConnection *conn);

/**
 * gvir_connection_get_network:
 * @conn: the connection
 * @uuid: the network's UUID
 *
 * Returns: (transfer full): the network with @uuid, or %NULL
 */
GVirNetwork *gvir_connection_get_network(GVirConnection *conn,
                                         const gchar *uuid);

/**
 * gvir_connection_find_network_by_name:
 * @conn: the connection
 * @name: the network's name
 *
 * Returns: (transfer full): the network called @name, or %NULL
 */
GVirNetwork *gvir_connection_find_network_by_name(GVirConnection *conn,
                                                  const gchar *name);

/**
 * gvir_connection_fetch_interfaces:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @err: return location for a #GError, or %NULL
 *
 * Lists the host's network interfaces (see gvir_connection_get_interfaces()). Interfaces
 * already known keep their objects.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_interfaces(GVirConnection *conn,
                                          GCancellable *cancellable,
                                          GError **err);

/**
 * gvir_connection_fetch_interfaces_async:
 * @conn: the connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * gvir_connection_fetch_interfaces() on a worker thread.
 */
void gvir_connection_fetch_interfaces_async(GVirConnection *conn,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data);

/**
 * gvir_connection_fetch_interfaces_finish:
 * @conn: the connection
 * @result: (transfer none): the result given to the callback
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_connection_fetch_interfaces_finish(GVirConnection *conn,
                                                 GAsyncResult *result,
                                                 GError **err);

/**
 * gvir_connection_get_interfaces:
 * @conn: the connection
 *
 * Returns: (element-type LibvirtGObject.Interface) (transfer full): the interfaces the last
 *   fetch found; free with g_list_free_full() and g_object_unref()
 */
GList *gvir_connection_get_interfaces(GVirConnection *conn);

/**
 * gvir_connection_get_interface:
 * @conn: the connection
 * @name: the interface's name
 *
 * Returns: (transfer full): the interface called @name, or %NULL
 */
GVirInterface *gvir_connection_get_interface(GVirConnection *conn,
                                             const gchar *name);

/**
 * gvir_connection_find_interface_by_mac:
 * @conn: the connection
 * @macaddr: the MAC address
 *
 * Returns: (transfer full): the interface with MAC address @macaddr, or %NULL
 */
GVirInterface *gvir_connection_find_interface_by_mac(GVirConnection *conn,
                                                     const gchar *macaddr);

/**
 * gvir_connection_get_capabilities:
 * @conn: an open connection
 * @err: return location for a #GError, or %NULL
 *
 * Asks libvirt what the host and its hypervisor offer (CPU, guest architectures,
 * security models, ...).
 *
 * Returns: (transfer full): a new capabilities object, or %NULL with @err set
 */
GVirConfigCapabilities *gvir_connection_get_capabilities(GVirConnection *conn,
                                                         GError **err);

/**
 * gvir_connection_get_capabilities_async:
 * @conn: an open connection
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Fetches the capabilities as gvir_connection_get_capabilities() does, with the libvirt call
 * on a worker thread.
 */
void gvir_connection_get_capabilities_async(GVirConnection *conn,
                                            GCancellable *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer user_data);

/**
 * gvir_connection_get_capabilities_finish:
 * @conn: the connection
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): a new capabilities object, or %NULL with @err set
 */
GVirConfigCapabilities *
gvir_connection_get_capabilities_finish(GVirConnection *conn,
                                        GAsyncResult *result,
                                        GError **err);

/**
 * gvir_connection_get_domain_capabilities:
 * @conn: an open connection
 * @emulatorbin: (allow-none): the emulator binary, or %NULL for the default
 * @arch: (allow-none): the guest architecture, or %NULL for the default
 * @machine: (allow-none): the machine type, or %NULL for the default
 * @virttype: (allow-none): the virtualization type (`kvm`, `qemu`, ...), or %NULL
 * @flags: libvirt's flags (none are defined yet), 0
 * @err: return location for a #GError, or %NULL
 *
 * Asks libvirt what domains made with this emulator, architecture, machine and
 * virtualization type can use.
 *
 * Returns: (transfer full): a new domain capabilities object, or %NULL with @err set
 */
GVirConfigDomainCapabilities *gvir_connection_get_domain_capabilities(GVirConnection *conn,
                                                                      const gchar *emulatorbin,
                                                                      const gchar *arch,
                                                                      const gchar *machine,
                                                                      const gchar *virttype,
                                                                      guint flags,
                                                                      GError **err);

/**
 * gvir_connection_get_domain_capabilities_async:
 * @conn: an open connection
 * @emulatorbin: (allow-none): the emulator binary, or %NULL for the default
 * @arch: (allow-none): the guest architecture, or %NULL for the default
 * @machine: (allow-none): the machine type, or %NULL for the default
 * @virttype: (allow-none): the virtualization type, or %NULL
 * @flags: libvirt's flags, 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Fetches the domain capabilities as gvir_connection_get_domain_capabilities() does, with
 * the libvirt call on a worker thread.
 */
void gvir_connection_get_domain_capabilities_async(GVirConnection *conn,
                                                   const gchar *emulatorbin,
                                                   const gchar *arch,
                                                   const gchar *machine,
                                                   const gchar *virttype,
                                                   guint flags,
                                                   GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);

/**
 * gvir_connection_get_domain_capabilities_finish:
 * @conn: the connection
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): a new domain capabilities object, or %NULL with @err set
 */
GVirConfigDomainCapabilities *
gvir_connection_get_domain_capabilities_finish(GVirConnection *conn,
                                               GAsyncResult *result,
                                               GError **err);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_CONNECTION_H__ */
