/*
 * libvirt-gconfig-domain-os.h: the boot configuration of a domain (<os>)
 *
 * Only the enumerations other classes use are declared here so far (the OS type reported by
 * the capabilities, the firmwares listed by domain capabilities); the GVirConfigDomainOs class
 * comes with the rest of the domain's parts.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_OS_H__
#define __LIBVIRT_GCONFIG_DOMAIN_OS_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>

G_BEGIN_DECLS

/**
 * GVirConfigDomainOsType:
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_HVM: a fully virtualized machine
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX: a Xen paravirtualized Linux guest (legacy name)
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_EXE: a container running a program
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_XEN: a Xen paravirtualized guest
 * @GVIR_CONFIG_DOMAIN_OS_TYPE_UML: a User Mode Linux guest
 *
 * The kind of OS a domain boots (`<type>` under `<os>`, `<os_type>` in the capabilities).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_OS_TYPE_HVM,
    GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX,
    GVIR_CONFIG_DOMAIN_OS_TYPE_EXE,
    GVIR_CONFIG_DOMAIN_OS_TYPE_XEN,
    GVIR_CONFIG_DOMAIN_OS_TYPE_UML
} GVirConfigDomainOsType;

/**
 * GVirConfigDomainOsFirmware:
 * @GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS: a legacy BIOS
 * @GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI: UEFI firmware
 *
 * The firmware a domain boots with.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS,
    GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI
} GVirConfigDomainOsFirmware;

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_OS_H__ */
