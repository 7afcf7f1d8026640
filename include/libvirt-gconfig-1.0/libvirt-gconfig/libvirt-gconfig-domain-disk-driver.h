/*
 * libvirt-gconfig-domain-disk-driver.h: the driver of a disk (<driver>)
 *
 * Only the enumeration snapshots use is declared here so far; the GVirConfigDomainDiskDriver
 * class comes with the other device parts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_DISK_DRIVER_H__
#define __LIBVIRT_GCONFIG_DOMAIN_DISK_DRIVER_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

/**
 * GVirConfigDomainDiskFormat:
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW: a plain image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_DIR: a directory shown as a disk
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_BOCHS: a Bochs image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_CLOOP: a compressed loop image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_COW: a User Mode Linux copy-on-write image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_DMG: a macOS disk image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_ISO: an ISO 9660 image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW: a QEMU copy-on-write image, version 1
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2: a QEMU copy-on-write image, version 2
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_QED: a QEMU enhanced disk image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_VMDK: a VMware image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_VPC: a Virtual PC image
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_FAT: a directory shown as a FAT file system
 * @GVIR_CONFIG_DOMAIN_DISK_FORMAT_VHD: a Hyper-V image
 *
 * The format of a disk image (the `type` attribute of `<driver>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_RAW,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_DIR,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_BOCHS,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_CLOOP,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_COW,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_DMG,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_ISO,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_QCOW2,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_QED,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_VMDK,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_VPC,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_FAT,
    GVIR_CONFIG_DOMAIN_DISK_FORMAT_VHD
} GVirConfigDomainDiskFormat;

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_DISK_DRIVER_H__ */
