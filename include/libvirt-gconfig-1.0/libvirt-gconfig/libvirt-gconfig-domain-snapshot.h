/*
 * libvirt-gconfig-domain-snapshot.h: a snapshot of a domain (<domainsnapshot>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SNAPSHOT_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SNAPSHOT_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-snapshot-disk.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT (gvir_config_domain_snapshot_get_type ())
#define GVIR_CONFIG_DOMAIN_SNAPSHOT(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT, GVirConfigDomainSnapshot))
#define GVIR_CONFIG_DOMAIN_SNAPSHOT_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT, GVirConfigDomainSnapshotClass))
#define GVIR_CONFIG_IS_DOMAIN_SNAPSHOT(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT))
#define GVIR_CONFIG_IS_DOMAIN_SNAPSHOT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT))
#define GVIR_CONFIG_DOMAIN_SNAPSHOT_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SNAPSHOT, GVirConfigDomainSnapshotClass))

typedef struct _GVirConfigDomainSnapshot GVirConfigDomainSnapshot;
typedef struct _GVirConfigDomainSnapshotPrivate GVirConfigDomainSnapshotPrivate;
typedef struct _GVirConfigDomainSnapshotClass GVirConfigDomainSnapshotClass;

/**
 * GVirConfigDomainSnapshot:
 *
 * A snapshot of a domain (`<domainsnapshot>`): what to save when creating one, or what
 * libvirt recorded about an existing one, including the domain definition of the time.
 */
struct _GVirConfigDomainSnapshot
{
    GVirConfigObject parent;

    GVirConfigDomainSnapshotPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSnapshotClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainSnapshotDomainState:
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_NOSTATE: no state recorded
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_RUNNING: the domain was running
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_BLOCKED: the domain was blocked on a resource
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_PAUSED: the domain was paused
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_SHUTDOWN: the domain was shutting down
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_SHUTOFF: the domain was shut off
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_CRASHED: the domain had crashed
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_PMSUSPENDED: the guest had suspended itself
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_DISK_SNAPSHOT: a snapshot of the disks only
 *
 * The state of the domain when the snapshot was taken (`<state>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_NOSTATE = 0,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_RUNNING = 1,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_BLOCKED = 2,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_PAUSED = 3,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_SHUTDOWN = 4,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_SHUTOFF = 5,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_CRASHED = 6,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_PMSUSPENDED = 7,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_DISK_SNAPSHOT = 100
} GVirConfigDomainSnapshotDomainState;

/**
 * GVirConfigDomainSnapshotMemoryState:
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE: the memory is not saved (written `no`, as
 *   libvirt spells it)
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_INTERNAL: the memory is saved inside the disk images
 * @GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_EXTERNAL: the memory is saved to a file of its own
 *
 * Whether and where the snapshot saves the domain's memory (`<memory snapshot='...'>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_INTERNAL,
    GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_EXTERNAL
} GVirConfigDomainSnapshotMemoryState;

GType gvir_config_domain_snapshot_get_type(void);

/**
 * gvir_config_domain_snapshot_new:
 * Returns: (transfer full): a new, empty `<domainsnapshot>` document
 */
GVirConfigDomainSnapshot *gvir_config_domain_snapshot_new(void);

/**
 * gvir_config_domain_snapshot_new_from_xml:
 * @xml: a `<domainsnapshot>` document
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed snapshot, or %NULL with @error set
 */
GVirConfigDomainSnapshot *gvir_config_domain_snapshot_new_from_xml(const gchar *xml,
                                                                   GError **error);

/**
 * gvir_config_domain_snapshot_get_name:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: the snapshot's name, or %NULL; the string belongs to @snapshot
 */
const char *gvir_config_domain_snapshot_get_name(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_set_name:
 * @snapshot: a #GVirConfigDomainSnapshot
 * @name: the snapshot's name; %NULL removes it
 */
void gvir_config_domain_snapshot_set_name(GVirConfigDomainSnapshot *snapshot,
                                          const char *name);

/**
 * gvir_config_domain_snapshot_get_description:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: the snapshot's description, or %NULL; the string belongs to @snapshot
 */
const char *gvir_config_domain_snapshot_get_description(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_set_description:
 * @snapshot: a #GVirConfigDomainSnapshot
 * @description: a free-form description; %NULL
 *   removes it
 */
void gvir_config_domain_snapshot_set_description(GVirConfigDomainSnapshot *snapshot,
                                                 const char *description);

/**
 * gvir_config_domain_snapshot_get_memory_state:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: whether and where the memory is saved;
 *   %GVIR_CONFIG_DOMAIN_SNAPSHOT_MEMORY_STATE_NONE when not given
 */
GVirConfigDomainSnapshotMemoryState gvir_config_domain_snapshot_get_memory_state(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_set_memory_state:
 * @snapshot: a #GVirConfigDomainSnapshot
 * @state: whether and where to save the memory
 */
void gvir_config_domain_snapshot_set_memory_state(GVirConfigDomainSnapshot *snapshot,
                                                  GVirConfigDomainSnapshotMemoryState state);

/**
 * gvir_config_domain_snapshot_get_memory_file:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: the file an external memory snapshot goes to, or %NULL; the string belongs
 *   to @snapshot
 */
const char *gvir_config_domain_snapshot_get_memory_file(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_set_memory_file:
 * @snapshot: a #GVirConfigDomainSnapshot
 * @filename: the file to save the memory to; %NULL
 *   removes it
 */
void gvir_config_domain_snapshot_set_memory_file(GVirConfigDomainSnapshot *snapshot,
                                                 const char *filename);

/**
 * gvir_config_domain_snapshot_get_creation_time:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: when the snapshot was taken, in seconds since the epoch; 0 when not recorded
 */
time_t gvir_config_domain_snapshot_get_creation_time(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_get_state:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: the state of the domain when the snapshot was taken;
 *   %GVIR_CONFIG_DOMAIN_SNAPSHOT_DOMAIN_STATE_NOSTATE when not recorded
 */
GVirConfigDomainSnapshotDomainState gvir_config_domain_snapshot_get_state(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_get_parent:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: the name of the parent snapshot, or %NULL; the string belongs to @snapshot
 */
const char *gvir_config_domain_snapshot_get_parent(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_get_domain:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: (transfer full): the definition of the domain when the snapshot was taken,
 *   part of the snapshot's document, or %NULL when not recorded
 */
GVirConfigDomain *gvir_config_domain_snapshot_get_domain(GVirConfigDomainSnapshot *snapshot);

/**
 * gvir_config_domain_snapshot_set_disks:
 * @snapshot: a #GVirConfigDomainSnapshot
 * @disks: (element-type LibvirtGConfig.DomainSnapshotDisk): the disks to snapshot
 *
 * Replaces the snapshot's disks with @disks, in order; their elements move into the
 * snapshot's document. An empty list removes `<disks>`.
 */
void gvir_config_domain_snapshot_set_disks(GVirConfigDomainSnapshot *snapshot,
                                           GList *disks);

/**
 * gvir_config_domain_snapshot_add_disk:
 * @snapshot: a #GVirConfigDomainSnapshot
 * @disk: the disk to add
 *
 * Appends @disk to the snapshot's disks. Its element moves into the snapshot's
 * document, so later changes made through @disk show in @snapshot.
 */
void gvir_config_domain_snapshot_add_disk(GVirConfigDomainSnapshot *snapshot,
                                          GVirConfigDomainSnapshotDisk *disk);

/**
 * gvir_config_domain_snapshot_get_disks:
 * @snapshot: a #GVirConfigDomainSnapshot
 *
 * Returns: (element-type LibvirtGConfig.DomainSnapshotDisk) (transfer full): the
 *   snapshot's disks, in document order; free with g_list_free_full() and
 *   g_object_unref()
 */
GList *gvir_config_domain_snapshot_get_disks(GVirConfigDomainSnapshot *snapshot);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SNAPSHOT_H__ */
