/*
 * libvirt-gobject-domain.h: one libvirt domain (virtual machine)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_DOMAIN_H__
#define __LIBVIRT_GOBJECT_DOMAIN_H__

#include <gio/gio.h>
#include <libvirt/libvirt.h>
#include <libvirt-gconfig/libvirt-gconfig.h>
#include <libvirt-gobject/libvirt-gobject-stream.h>
#include <libvirt-gobject/libvirt-gobject-domain-snapshot.h>

G_BEGIN_DECLS

#define GVIR_TYPE_DOMAIN            (gvir_domain_get_type ())
#define GVIR_DOMAIN(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_TYPE_DOMAIN, GVirDomain))
#define GVIR_DOMAIN_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_TYPE_DOMAIN, GVirDomainClass))
#define GVIR_IS_DOMAIN(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_TYPE_DOMAIN))
#define GVIR_IS_DOMAIN_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_TYPE_DOMAIN))
#define GVIR_DOMAIN_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_TYPE_DOMAIN, GVirDomainClass))

#define GVIR_TYPE_DOMAIN_INFO       (gvir_domain_info_get_type())
#define GVIR_TYPE_DOMAIN_HANDLE     (gvir_domain_handle_get_type())

typedef struct _GVirDomain GVirDomain;
typedef struct _GVirDomainPrivate GVirDomainPrivate;
typedef struct _GVirDomainClass GVirDomainClass;

/**
 * GVirDomain:
 *
 * A libvirt domain. Its #GVirConnection keeps one object per domain and emits the domain's
 * lifecycle signals on it, with libvirt's reason as the signal detail (for example
 * `stopped::destroyed`).
 */
struct _GVirDomain
{
    GObject parent;

    GVirDomainPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

/**
 * GVirDomainClass:
 * @parent_class: the parent class
 * @started: default handler of #GVirDomain::started
 * @stopped: default handler of #GVirDomain::stopped
 * @resumed: default handler of #GVirDomain::resumed
 * @updated: default handler of #GVirDomain::updated
 * @suspended: default handler of #GVirDomain::suspended
 * @pmsuspended: default handler of #GVirDomain::pmsuspended
 */
struct _GVirDomainClass
{
    GObjectClass parent_class;

    void (*started)(GVirDomain *dom);
    void (*stopped)(GVirDomain *dom);
    void (*resumed)(GVirDomain *dom);
    void (*updated)(GVirDomain *dom);
    void (*suspended)(GVirDomain *dom);
    void (*pmsuspended)(GVirDomain *dom);

    gpointer padding[19];
};

/**
 * GVirDomainState:
 * @GVIR_DOMAIN_STATE_NONE: no state reported
 * @GVIR_DOMAIN_STATE_RUNNING: running
 * @GVIR_DOMAIN_STATE_BLOCKED: blocked on a resource
 * @GVIR_DOMAIN_STATE_PAUSED: paused by a user or management application
 * @GVIR_DOMAIN_STATE_SHUTDOWN: shutting down
 * @GVIR_DOMAIN_STATE_SHUTOFF: not running
 * @GVIR_DOMAIN_STATE_CRASHED: crashed
 * @GVIR_DOMAIN_STATE_PMSUSPENDED: suspended by the guest's power management
 *
 * What a domain is doing (libvirt's `virDomainState`).
 */
typedef enum {
    GVIR_DOMAIN_STATE_NONE    = 0,
    GVIR_DOMAIN_STATE_RUNNING = 1,
    GVIR_DOMAIN_STATE_BLOCKED = 2,
    GVIR_DOMAIN_STATE_PAUSED  = 3,
    GVIR_DOMAIN_STATE_SHUTDOWN= 4,
    GVIR_DOMAIN_STATE_SHUTOFF = 5,
    GVIR_DOMAIN_STATE_CRASHED = 6,
    GVIR_DOMAIN_STATE_PMSUSPENDED = 7
} GVirDomainState;

/**
 * GVirDomainStartFlags:
 * @GVIR_DOMAIN_START_NONE: none of the below
 * @GVIR_DOMAIN_START_PAUSED: leave the domain paused once started
 * @GVIR_DOMAIN_START_AUTODESTROY: destroy the domain when the connection that started it closes
 * @GVIR_DOMAIN_START_BYPASS_CACHE: restore a managed save image without the host's file cache
 * @GVIR_DOMAIN_START_FORCE_BOOT: boot afresh, discarding any managed save image
 *
 * How to start a domain.
 */
typedef enum {
    GVIR_DOMAIN_START_NONE         = 0,
    GVIR_DOMAIN_START_PAUSED       = (1 << 0),
    GVIR_DOMAIN_START_AUTODESTROY  = (1 << 1),
    GVIR_DOMAIN_START_BYPASS_CACHE = (1 << 2),
    GVIR_DOMAIN_START_FORCE_BOOT   = (1 << 3),
} GVirDomainStartFlags;

/**
 * GVirDomainDeleteFlags:
 * @GVIR_DOMAIN_DELETE_NONE: none of the below
 * @GVIR_DOMAIN_DELETE_SAVED_STATE: also remove the managed save image
 * @GVIR_DOMAIN_DELETE_SNAPSHOTS_METADATA: also remove the snapshots' metadata
 * @GVIR_DOMAIN_DELETE_REMOVE_NVRAM: also remove the NVRAM file
 * @GVIR_DOMAIN_DELETE_KEEP_NVRAM: keep the NVRAM file
 *
 * What to remove along with a domain's definition.
 */
typedef enum {
    GVIR_DOMAIN_DELETE_NONE               = 0,
    GVIR_DOMAIN_DELETE_SAVED_STATE        = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE,
    GVIR_DOMAIN_DELETE_SNAPSHOTS_METADATA = VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA,
    GVIR_DOMAIN_DELETE_REMOVE_NVRAM       = VIR_DOMAIN_UNDEFINE_NVRAM,
    GVIR_DOMAIN_DELETE_KEEP_NVRAM         = VIR_DOMAIN_UNDEFINE_KEEP_NVRAM,
} GVirDomainDeleteFlags;

/**
 * GVirDomainXMLFlags:
 * @GVIR_DOMAIN_XML_NONE: none of the below
 * @GVIR_DOMAIN_XML_SECURE: include security-sensitive data such as passwords
 * @GVIR_DOMAIN_XML_INACTIVE: the persistent definition, not the running configuration
 * @GVIR_DOMAIN_XML_UPDATE_CPU: describe the guest CPU after the host's
 *
 * What to put in a domain's configuration.
 */
typedef enum {
    GVIR_DOMAIN_XML_NONE            = 0,
    GVIR_DOMAIN_XML_SECURE          = VIR_DOMAIN_XML_SECURE,
    GVIR_DOMAIN_XML_INACTIVE        = VIR_DOMAIN_XML_INACTIVE,
    GVIR_DOMAIN_XML_UPDATE_CPU      = VIR_DOMAIN_XML_UPDATE_CPU,
} GVirDomainXMLFlags;

/**
 * GVirDomainShutdownFlags:
 * @GVIR_DOMAIN_SHUTDOWN_NONE: let the hypervisor choose
 * @GVIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN: press the virtual ACPI power button
 * @GVIR_DOMAIN_SHUTDOWN_GUEST_AGENT: ask the guest agent
 *
 * How to ask a guest to shut down.
 */
typedef enum {
    GVIR_DOMAIN_SHUTDOWN_NONE           = 0,
    GVIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN = VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN,
    GVIR_DOMAIN_SHUTDOWN_GUEST_AGENT    = VIR_DOMAIN_SHUTDOWN_GUEST_AGENT,
} GVirDomainShutdownFlags;

/**
 * GVirDomainSnapshotCreateFlags:
 * @GVIR_DOMAIN_SNAPSHOT_NONE: none of the below
 * @GVIR_DOMAIN_SNAPSHOT_REDEFINE: restore the metadata of an existing snapshot
 * @GVIR_DOMAIN_SNAPSHOT_CURRENT: make the redefined snapshot the current one
 * @GVIR_DOMAIN_SNAPSHOT_NO_METADATA: keep no metadata for the snapshot
 * @GVIR_DOMAIN_SNAPSHOT_HALT: stop the domain once the snapshot is taken
 * @GVIR_DOMAIN_SNAPSHOT_DISK_ONLY: snapshot the disks only
 * @GVIR_DOMAIN_SNAPSHOT_REUSE_EXT: reuse existing external files
 * @GVIR_DOMAIN_SNAPSHOT_QUIESCE: freeze the guest's file systems through the guest agent
 * @GVIR_DOMAIN_SNAPSHOT_ATOMIC: snapshot all disks or none
 *
 * How to take a snapshot.
 */
typedef enum {
    GVIR_DOMAIN_SNAPSHOT_NONE         = 0,
    GVIR_DOMAIN_SNAPSHOT_REDEFINE     = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE,
    GVIR_DOMAIN_SNAPSHOT_CURRENT      = VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT,
    GVIR_DOMAIN_SNAPSHOT_NO_METADATA  = VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA,
    GVIR_DOMAIN_SNAPSHOT_HALT         = VIR_DOMAIN_SNAPSHOT_CREATE_HALT,
    GVIR_DOMAIN_SNAPSHOT_DISK_ONLY    = VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY,
    GVIR_DOMAIN_SNAPSHOT_REUSE_EXT    = VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT,
    GVIR_DOMAIN_SNAPSHOT_QUIESCE      = VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE,
    GVIR_DOMAIN_SNAPSHOT_ATOMIC       = VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC,
} GVirDomainSnapshotCreateFlags;

/**
 * GVirDomainUpdateDeviceFlags:
 * @GVIR_DOMAIN_UPDATE_DEVICE_CURRENT: the current definition (the live one of a running domain)
 * @GVIR_DOMAIN_UPDATE_DEVICE_LIVE: the running domain
 * @GVIR_DOMAIN_UPDATE_DEVICE_CONFIG: the persistent definition
 *
 * Which definition of a domain a device update affects.
 */
typedef enum {
    GVIR_DOMAIN_UPDATE_DEVICE_CURRENT   = VIR_DOMAIN_AFFECT_CURRENT,
    GVIR_DOMAIN_UPDATE_DEVICE_LIVE      = VIR_DOMAIN_AFFECT_LIVE,
    GVIR_DOMAIN_UPDATE_DEVICE_CONFIG    = VIR_DOMAIN_AFFECT_CONFIG,
} GVirDomainUpdateDeviceFlags;

/**
 * GVirDomainRebootFlags:
 * @GVIR_DOMAIN_REBOOT_NONE: let the hypervisor choose
 * @GVIR_DOMAIN_REBOOT_ACPI_POWER_BTN: press the virtual ACPI power button
 * @GVIR_DOMAIN_REBOOT_GUEST_AGENT: ask the guest agent
 *
 * How to ask a guest to reboot.
 */
typedef enum {
    GVIR_DOMAIN_REBOOT_NONE           = 0,
    GVIR_DOMAIN_REBOOT_ACPI_POWER_BTN = VIR_DOMAIN_REBOOT_ACPI_POWER_BTN,
    GVIR_DOMAIN_REBOOT_GUEST_AGENT    = VIR_DOMAIN_REBOOT_GUEST_AGENT,
} GVirDomainRebootFlags;

/**
 * GVirDomainSnapshotListFlags:
 * @GVIR_DOMAIN_SNAPSHOT_LIST_ALL: every snapshot
 * @GVIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS: all descendants, when listing a snapshot's children
 * @GVIR_DOMAIN_SNAPSHOT_LIST_ROOTS: snapshots without a parent, when listing a domain's
 * @GVIR_DOMAIN_SNAPSHOT_LIST_METADATA: snapshots with metadata
 * @GVIR_DOMAIN_SNAPSHOT_LIST_LEAVES: snapshots without children
 * @GVIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES: snapshots with children
 * @GVIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA: snapshots without metadata
 * @GVIR_DOMAIN_SNAPSHOT_LIST_INACTIVE: snapshots of a stopped domain
 * @GVIR_DOMAIN_SNAPSHOT_LIST_ACTIVE: snapshots of a running domain
 * @GVIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY: disk-only snapshots
 * @GVIR_DOMAIN_SNAPSHOT_LIST_INTERNAL: snapshots stored inside the disk images
 * @GVIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL: snapshots stored in files of their own
 *
 * Which snapshots to list.
 */
typedef enum {
    GVIR_DOMAIN_SNAPSHOT_LIST_ALL         = 0,
    GVIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS = VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS,
    GVIR_DOMAIN_SNAPSHOT_LIST_ROOTS       = VIR_DOMAIN_SNAPSHOT_LIST_ROOTS,
    GVIR_DOMAIN_SNAPSHOT_LIST_METADATA    = VIR_DOMAIN_SNAPSHOT_LIST_METADATA,
    GVIR_DOMAIN_SNAPSHOT_LIST_LEAVES      = VIR_DOMAIN_SNAPSHOT_LIST_LEAVES,
    GVIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES   = VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES,
    GVIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA = VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA,
    GVIR_DOMAIN_SNAPSHOT_LIST_INACTIVE    = VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE,
    GVIR_DOMAIN_SNAPSHOT_LIST_ACTIVE      = VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE,
    GVIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY   = VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY,
    GVIR_DOMAIN_SNAPSHOT_LIST_INTERNAL    = VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL,
    GVIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL    = VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL
} GVirDomainSnapshotListFlags;

typedef struct _GVirDomainInfo GVirDomainInfo;

/**
 * GVirDomainInfo:
 * @state: what the domain is doing
 * @maxMem: the most memory the domain may use, in KiB
 * @memory: the memory the domain uses now, in KiB
 * @nrVirtCpu: the number of virtual CPUs
 * @cpuTime: the CPU time used, in nanoseconds
 *
 * A snapshot of a domain's state and resources, from gvir_domain_get_info().
 */
struct _GVirDomainInfo
{
    GVirDomainState state;
    guint64 maxMem;
    guint64 memory;
    guint16 nrVirtCpu;
    guint64 cpuTime;
};

GType gvir_domain_get_type(void);
GType gvir_domain_info_get_type(void);
GType gvir_domain_handle_get_type(void);

/**
 * gvir_domain_get_name:
 * @dom: the domain
 *
 * Returns: (transfer none): the domain's name, owned by @dom
 */
const gchar *gvir_domain_get_name(GVirDomain *dom);

/**
 * gvir_domain_get_uuid:
 * @dom: the domain
 *
 * Returns: (transfer none): the domain's UUID in its text form, owned by @dom
 */
const gchar *gvir_domain_get_uuid(GVirDomain *dom);

/**
 * gvir_domain_get_id:
 * @dom: the domain
 * @err: return location for a #GError, or %NULL
 *
 * Returns: the id of the running domain, or -1 with @err set when it is not running
 */
gint gvir_domain_get_id(GVirDomain *dom,
                        GError **err);

/**
 * gvir_domain_start:
 * @dom: the domain
 * @flags: #GVirDomainStartFlags
 * @err: return location for a #GError, or %NULL
 *
 * Starts (boots) a defined domain; a domain with a managed save image resumes from it.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_start(GVirDomain *dom,
                           guint flags,
                           GError **err);

/**
 * gvir_domain_start_async:
 * @dom: the domain
 * @flags: #GVirDomainStartFlags
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Starts the domain as gvir_domain_start() does, on a worker thread. Call
 * gvir_domain_start_finish() from @callback for the result.
 */
void gvir_domain_start_async(GVirDomain *dom,
                             guint flags,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data);

/**
 * gvir_domain_start_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_start_finish(GVirDomain *dom,
                                  GAsyncResult *result,
                                  GError **err);

/**
 * gvir_domain_resume:
 * @dom: the domain
 * @err: return location for a #GError, or %NULL
 *
 * Lets a paused domain run again.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_resume(GVirDomain *dom,
                            GError **err);

/**
 * gvir_domain_resume_async:
 * @dom: the domain
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Resumes the domain as gvir_domain_resume() does, on a worker thread.
 */
void gvir_domain_resume_async(GVirDomain *dom,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data);

/**
 * gvir_domain_resume_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_resume_finish(GVirDomain *dom,
                                   GAsyncResult *result,
                                   GError **err);

/**
 * gvir_domain_wakeup:
 * @dom: the domain
 * @flags: libvirt's flags for `virDomainPMWakeup` (none are defined; pass 0)
 * @err: return location for a #GError, or %NULL
 *
 * Wakes a domain its guest suspended (see #GVirDomain::pmsuspended).
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_wakeup(GVirDomain *dom,
                            guint flags,
                            GError **err);

/**
 * gvir_domain_wakeup_async:
 * @dom: the domain
 * @flags: as for gvir_domain_wakeup()
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Wakes the domain up as gvir_domain_wakeup() does, on a worker thread.
 */
void gvir_domain_wakeup_async(GVirDomain *dom,
                              guint flags,
                              GCancellable *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer user_data);

/**
 * gvir_domain_wakeup_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_wakeup_finish(GVirDomain *dom,
                                   GAsyncResult *result,
                                   GError **err);

/**
 * gvir_domain_stop:
 * @dom: the domain
 * @flags: libvirt's `virDomainDestroyFlagsValues`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Stops the domain at once, as pulling the plug would.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_stop(GVirDomain *dom,
                          guint flags,
                          GError **err);

/**
 * gvir_domain_delete:
 * @dom: the domain
 * @flags: #GVirDomainDeleteFlags
 * @err: return location for a #GError, or %NULL
 *
 * Removes the domain's persistent definition. A running domain keeps running, as a
 * transient one.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_delete(GVirDomain *dom,
                            guint flags,
                            GError **err);

/**
 * gvir_domain_shutdown:
 * @dom: the domain
 * @flags: #GVirDomainShutdownFlags
 * @err: return location for a #GError, or %NULL
 *
 * Asks the guest to shut down; it may take its time, or refuse.
 *
 * Returns: %TRUE when the request was made, %FALSE with @err set otherwise
 */
gboolean gvir_domain_shutdown(GVirDomain *dom,
                              guint flags,
                              GError **err);

/**
 * gvir_domain_reboot:
 * @dom: the domain
 * @flags: #GVirDomainRebootFlags
 * @err: return location for a #GError, or %NULL
 *
 * Asks the guest to reboot.
 *
 * Returns: %TRUE when the request was made, %FALSE with @err set otherwise
 */
gboolean gvir_domain_reboot(GVirDomain *dom,
                            guint flags,
                            GError **err);

/**
 * gvir_domain_save_to_file:
 * @dom: the domain
 * @filename: path of the file to write the domain's memory to
 * @custom_conf: (allow-none): a configuration to store in the image instead of the current
 *   one, or %NULL
 * @flags: libvirt's `virDomainSaveRestoreFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Saves the domain's memory to @filename and stops it; see
 * gvir_connection_restore_domain_from_file().
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_save_to_file(GVirDomain *dom,
                                  gchar *filename,
                                  GVirConfigDomain *custom_conf,
                                  guint flags,
                                  GError **err);

/**
 * gvir_domain_save_to_file_async:
 * @dom: the domain
 * @filename: path of the file to write the domain's memory to
 * @custom_conf: (allow-none): a configuration to store in the image, or %NULL
 * @flags: libvirt's `virDomainSaveRestoreFlags`, or 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Saves the domain as gvir_domain_save_to_file() does, on a worker thread.
 */
void gvir_domain_save_to_file_async(GVirDomain *dom,
                                    gchar *filename,
                                    GVirConfigDomain *custom_conf,
                                    guint flags,
                                    GCancellable *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer user_data);

/**
 * gvir_domain_save_to_file_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_save_to_file_finish(GVirDomain *dom,
                                         GAsyncResult *result,
                                         GError **err);

/**
 * gvir_domain_get_info:
 * @dom: the domain
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the domain's state and resources (free with g_boxed_free()), or
 *   %NULL with @err set
 */
GVirDomainInfo *gvir_domain_get_info(GVirDomain *dom,
                                     GError **err);

/**
 * gvir_domain_get_info_async:
 * @dom: the domain
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Asks for the domain's information as gvir_domain_get_info() does, on a worker thread.
 */
void gvir_domain_get_info_async(GVirDomain *dom,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data);

/**
 * gvir_domain_get_info_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the domain's state and resources, or %NULL with @err set
 */
GVirDomainInfo *gvir_domain_get_info_finish(GVirDomain *dom,
                                            GAsyncResult *result,
                                            GError **err);

/**
 * gvir_domain_get_config:
 * @dom: the domain
 * @flags: #GVirDomainXMLFlags
 * @err: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the domain's configuration, or %NULL with @err set
 */
GVirConfigDomain *gvir_domain_get_config(GVirDomain *dom,
                                         guint flags,
                                         GError **err);

/**
 * gvir_domain_set_config:
 * @domain: the domain
 * @conf: the new configuration of @domain
 * @err: return location for a #GError, or %NULL
 *
 * Replaces the domain's persistent definition with @conf. A @conf naming another domain's
 * UUID is refused; one without a UUID is taken to be this domain's. A running domain uses the
 * new definition from its next start.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_set_config(GVirDomain *domain,
                                GVirConfigDomain *conf,
                                GError **err);

/**
 * gvir_domain_open_graphics:
 * @dom: the domain
 * @idx: the index of the graphical display in the domain's configuration
 * @fd: a connected socket; the caller keeps it
 * @flags: libvirt's `virDomainOpenGraphicsFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Makes @fd a client of the domain's display @idx (VNC or SPICE), without going through the
 * network.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_open_graphics(GVirDomain *dom,
                                   guint idx,
                                   int fd,
                                   unsigned int flags,
                                   GError **err);

/**
 * gvir_domain_open_graphics_fd:
 * @dom: the domain
 * @idx: the index of the graphical display in the domain's configuration
 * @flags: libvirt's `virDomainOpenGraphicsFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Asks the hypervisor for a socket connected to the domain's display @idx.
 *
 * Returns: a socket the caller owns, or -1 with @err set
 *
 * Since: 0.2.0
 */
int gvir_domain_open_graphics_fd(GVirDomain *dom,
                                 guint idx,
                                 unsigned int flags,
                                 GError **err);

/**
 * gvir_domain_suspend:
 * @dom: the domain
 * @err: return location for a #GError, or %NULL
 *
 * Pauses the domain; gvir_domain_resume() lets it run again.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_suspend (GVirDomain *dom,
                              GError **err);

/**
 * gvir_domain_save:
 * @dom: the domain
 * @flags: libvirt's `virDomainSaveRestoreFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Saves the domain's memory to an image libvirt manages and stops it; the next
 * gvir_domain_start() resumes from the image.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_save (GVirDomain *dom,
                           unsigned int flags,
                           GError **err);

/**
 * gvir_domain_save_async:
 * @dom: the domain
 * @flags: as for gvir_domain_save()
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Saves the domain as gvir_domain_save() does, on a worker thread.
 */
void gvir_domain_save_async (GVirDomain *dom,
                             unsigned int flags,
                             GCancellable *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer user_data);

/**
 * gvir_domain_save_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_save_finish (GVirDomain *dom,
                                  GAsyncResult *result,
                                  GError **err);

/**
 * gvir_domain_get_persistent:
 * @dom: the domain
 *
 * Returns: whether the domain has a persistent definition (a transient one disappears
 *   once stopped)
 */
gboolean gvir_domain_get_persistent(GVirDomain *dom);

/**
 * gvir_domain_get_saved:
 * @dom: the domain
 *
 * Returns: whether the domain has a managed save image (see gvir_domain_save())
 */
gboolean gvir_domain_get_saved(GVirDomain *dom);

/**
 * gvir_domain_get_devices:
 * @domain: the domain
 * @err: return location for a #GError, or %NULL
 *
 * Makes an object for each disk and network interface of the domain's current
 * configuration (other devices are left out).
 *
 * Returns: (element-type LibvirtGObject.DomainDevice) (transfer full): the devices (a new
 *   list of new references), or %NULL with @err set
 */
GList *gvir_domain_get_devices(GVirDomain *domain,
                               GError **err);

/**
 * gvir_domain_update_device:
 * @dom: the domain
 * @device: the new configuration of one of the domain's devices
 * @flags: #GVirDomainUpdateDeviceFlags: change the running domain, its definition, or both
 * @err: return location for a #GError, or %NULL
 *
 * Changes a device of the domain (libvirt finds it from @device: its target, address, ...).
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_update_device(GVirDomain *dom,
                                   GVirConfigDomainDevice *device,
                                   guint flags,
                                   GError **err);

/**
 * gvir_domain_set_time:
 * @dom: the domain
 * @date_time: (allow-none) (transfer none): the time to set the guest's clock to, or %NULL to
 *   have the guest resynchronise its clock from its RTC
 * @flags: libvirt's `virDomainSetTimeFlags`, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Sets the guest's clock, through the guest agent: useful after the domain was suspended
 * or restored, when its clock stopped.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_set_time(GVirDomain *dom,
                              GDateTime *date_time,
                              guint flags,
                              GError **err);

/**
 * gvir_domain_set_time_async:
 * @dom: the domain
 * @date_time: (allow-none) (transfer none): as for gvir_domain_set_time()
 * @flags: libvirt's `virDomainSetTimeFlags`, or 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Sets the guest's clock as gvir_domain_set_time() does, on a worker thread.
 */
void gvir_domain_set_time_async(GVirDomain *dom,
                                GDateTime *date_time,
                                guint flags,
                                GCancellable *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer user_data);

/**
 * gvir_domain_set_time_finish:
 * @dom: the domain
 * @result: (transfer none): the result @callback received
 * @err: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_set_time_finish(GVirDomain *dom,
                                     GAsyncResult *result,
                                     GError **err);

/**
 * gvir_domain_screenshot:
 * @dom: the domain
 * @stream: a stream from gvir_connection_get_stream(), which will carry the image
 * @monitor_id: which monitor to take (0 for the first)
 * @flags: none yet, pass 0
 * @err: return location for a #GError, or %NULL
 *
 * Starts a screenshot of the domain's display; read the image from @stream.
 *
 * Returns: (transfer full): the image's MIME type, or %NULL with @err set
 */
gchar *gvir_domain_screenshot(GVirDomain *dom,
                              GVirStream *stream,
                              guint monitor_id,
                              guint flags,
                              GError **err);

/**
 * gvir_domain_open_console:
 * @dom: the domain
 * @stream: a stream from gvir_connection_get_stream(), which will carry the console
 * @devname: (allow-none): the console device's alias, or %NULL for the first console
 * @flags: libvirt's console flags
 * @err: return location for a #GError, or %NULL
 *
 * Connects @stream to one of the domain's consoles.
 *
 * Returns: %TRUE on success, %FALSE with @err set otherwise
 */
gboolean gvir_domain_open_console(GVirDomain *dom,
                                  GVirStream *stream,
                                  const gchar *devname,
                                  guint flags,
                                  GError **err);

/**
 * gvir_domain_create_snapshot:
 * @dom: the domain
 * @custom_conf: (allow-none) (transfer none): what the snapshot should be (name,
 *   description, disks), or %NULL to let libvirt choose everything
 * @flags: #GVirDomainSnapshotCreateFlags, or 0
 * @err: return location for a #GError, or %NULL
 *
 * Takes a snapshot of the domain. gvir_domain_get_snapshots() lists it from then on.
 *
 * Returns: (transfer full): the new snapshot, or %NULL with @err set
 */
GVirDomainSnapshot *
gvir_domain_create_snapshot(GVirDomain *dom,
                            GVirConfigDomainSnapshot *custom_conf,
                            guint flags,
                            GError **err);

/**
 * gvir_domain_create_snapshot_async:
 * @dom: the domain
 * @custom_conf: (allow-none) (transfer none): as for gvir_domain_create_snapshot()
 * @flags: #GVirDomainSnapshotCreateFlags, or 0
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Takes a snapshot as gvir_domain_create_snapshot() does, on a worker thread.
 */
void gvir_domain_create_snapshot_async(GVirDomain *dom,
                                       GVirConfigDomainSnapshot *custom_conf,
                                       guint flags,
                                       GCancellable *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer user_data);

/**
 * gvir_domain_create_snapshot_finish:
 * @domain: the domain
 * @result: (transfer none): the result @callback received
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the new snapshot, or %NULL with @error set
 */
GVirDomainSnapshot *gvir_domain_create_snapshot_finish(GVirDomain  *domain,
                                                       GAsyncResult *result,
                                                       GError **error);

/**
 * gvir_domain_fetch_snapshots:
 * @dom: the domain
 * @list_flags: #GVirDomainSnapshotListFlags selecting the snapshots, or 0 for all of them
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @error: return location for a #GError, or %NULL
 *
 * Lists the domain's snapshots; gvir_domain_get_snapshots() then returns them. A snapshot
 * listed before keeps its object.
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_fetch_snapshots(GVirDomain *dom,
                                     guint list_flags,
                                     GCancellable *cancellable,
                                     GError **error);

/**
 * gvir_domain_get_snapshots:
 * @dom: the domain
 *
 * Returns: (transfer full) (element-type LibvirtGObject.DomainSnapshot): the snapshots of the
 *   last gvir_domain_fetch_snapshots() and those created since; free with g_list_free_full()
 *   and g_object_unref()
 */
GList *gvir_domain_get_snapshots(GVirDomain *dom);

/**
 * gvir_domain_fetch_snapshots_async:
 * @dom: the domain
 * @list_flags: as for gvir_domain_fetch_snapshots()
 * @cancellable: (allow-none) (transfer none): a cancellable, or %NULL
 * @callback: (scope async): called on the caller's thread-default main context when done
 * @user_data: (closure): data for @callback
 *
 * Lists the snapshots as gvir_domain_fetch_snapshots() does, on a worker thread.
 */
void gvir_domain_fetch_snapshots_async(GVirDomain *dom,
                                       guint list_flags,
                                       GCancellable *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer user_data);

/**
 * gvir_domain_fetch_snapshots_finish:
 * @dom: the domain
 * @res: (transfer none): the result @callback received
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success, %FALSE with @error set otherwise
 */
gboolean gvir_domain_fetch_snapshots_finish(GVirDomain *dom,
                                            GAsyncResult *res,
                                            GError **error);

/**
 * gvir_domain_get_has_current_snapshot:
 * @dom: the domain
 * @flags: none yet, pass 0
 * @has_current_snapshot: (out): set to whether the domain has a current snapshot
 * @error: return location for a #GError, or %NULL
 *
 * Returns: %TRUE on success (@has_current_snapshot is then set), %FALSE with @error set
 *   otherwise
 */
gboolean gvir_domain_get_has_current_snapshot(GVirDomain *dom,
                                              guint flags,
                                              gboolean *has_current_snapshot,
                                              GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_DOMAIN_H__ */
