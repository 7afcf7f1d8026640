/*
 * libvirt-gconfig-domain-disk.h: a disk device of a domain (<disk>)
 *
 * Only the enumeration snapshots use is declared here so far; the GVirConfigDomainDisk class
 * comes with the other devices.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_DISK_H__
#define __LIBVIRT_GCONFIG_DOMAIN_DISK_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

/**
 * GVirConfigDomainDiskSnapshotType:
 * @GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO: the disk is left out of snapshots
 * @GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_INTERNAL: snapshots are stored inside the disk image
 * @GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_EXTERNAL: snapshots go to a separate file
 *
 * Whether and how snapshots cover a disk (the `snapshot` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_NO,
    GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_INTERNAL,
    GVIR_CONFIG_DOMAIN_DISK_SNAPSHOT_EXTERNAL
} GVirConfigDomainDiskSnapshotType;

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_DISK_H__ */
