/*
 * libvirt-gconfig-domain.h: a libvirt domain definition (<domain>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_H__
#define __LIBVIRT_GCONFIG_DOMAIN_H__

#include <libvirt-gconfig/libvirt-gconfig-object.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-clock.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-os.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-power-management.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-seclabel.h>
#include <libvirt-gconfig/libvirt-gconfig-domain-cpu.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN            (gvir_config_domain_get_type ())
#define GVIR_CONFIG_DOMAIN(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN, GVirConfigDomain))
#define GVIR_CONFIG_DOMAIN_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN, GVirConfigDomainClass))
#define GVIR_CONFIG_IS_DOMAIN(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN))
#define GVIR_CONFIG_IS_DOMAIN_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN))
#define GVIR_CONFIG_DOMAIN_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN, GVirConfigDomainClass))

typedef struct _GVirConfigDomain GVirConfigDomain;
typedef struct _GVirConfigDomainPrivate GVirConfigDomainPrivate;
typedef struct _GVirConfigDomainClass GVirConfigDomainClass;

/**
 * GVirConfigDomain:
 *
 * A domain (virtual machine) definition: the `<domain>` document of libvirt.
 */
struct _GVirConfigDomain
{
    GVirConfigObject parent;

    GVirConfigDomainPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainClass
{
    GVirConfigObjectClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainVirtType:
 * @GVIR_CONFIG_DOMAIN_VIRT_QEMU: QEMU without acceleration
 * @GVIR_CONFIG_DOMAIN_VIRT_KQEMU: QEMU with the kqemu accelerator
 * @GVIR_CONFIG_DOMAIN_VIRT_KVM: QEMU with KVM
 * @GVIR_CONFIG_DOMAIN_VIRT_XEN: Xen
 * @GVIR_CONFIG_DOMAIN_VIRT_LXC: Linux containers
 * @GVIR_CONFIG_DOMAIN_VIRT_UML: User Mode Linux
 * @GVIR_CONFIG_DOMAIN_VIRT_OPENVZ: OpenVZ containers
 * @GVIR_CONFIG_DOMAIN_VIRT_VSERVER: Linux-VServer
 * @GVIR_CONFIG_DOMAIN_VIRT_LDOM: Logical Domains
 * @GVIR_CONFIG_DOMAIN_VIRT_TEST: libvirt's test driver
 * @GVIR_CONFIG_DOMAIN_VIRT_VMWARE: VMware
 * @GVIR_CONFIG_DOMAIN_VIRT_HYPERV: Microsoft Hyper-V
 * @GVIR_CONFIG_DOMAIN_VIRT_VBOX: VirtualBox
 * @GVIR_CONFIG_DOMAIN_VIRT_ONE: OpenNebula
 * @GVIR_CONFIG_DOMAIN_VIRT_PHYP: IBM PowerVM
 *
 * The hypervisor a domain is defined for (the `type` attribute of `<domain>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_VIRT_QEMU,
    GVIR_CONFIG_DOMAIN_VIRT_KQEMU,
    GVIR_CONFIG_DOMAIN_VIRT_KVM,
    GVIR_CONFIG_DOMAIN_VIRT_XEN,
    GVIR_CONFIG_DOMAIN_VIRT_LXC,
    GVIR_CONFIG_DOMAIN_VIRT_UML,
    GVIR_CONFIG_DOMAIN_VIRT_OPENVZ,
    GVIR_CONFIG_DOMAIN_VIRT_VSERVER,
    GVIR_CONFIG_DOMAIN_VIRT_LDOM,
    GVIR_CONFIG_DOMAIN_VIRT_TEST,
    GVIR_CONFIG_DOMAIN_VIRT_VMWARE,
    GVIR_CONFIG_DOMAIN_VIRT_HYPERV,
    GVIR_CONFIG_DOMAIN_VIRT_VBOX,
    GVIR_CONFIG_DOMAIN_VIRT_ONE,
    GVIR_CONFIG_DOMAIN_VIRT_PHYP
} GVirConfigDomainVirtType;

/**
 * GVirConfigDomainLifecycleEvent:
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_POWEROFF: the guest powers off
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_REBOOT: the guest reboots
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_CRASH: the guest crashes
 *
 * Events a domain's lifecycle actions respond to.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_POWEROFF, /*< nick=on_poweroff >*/
    GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_REBOOT, /*< nick=on_reboot >*/
    GVIR_CONFIG_DOMAIN_LIFECYCLE_ON_CRASH /*< nick=on_crash >*/
} GVirConfigDomainLifecycleEvent;

/**
 * GVirConfigDomainLifecycleAction:
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_DESTROY: stop the domain
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_RESTART: stop and start it again
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_PRESERVE: keep its resources for inspection
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_RENAME_RESTART: restart it under a new name
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_DESTROY: dump its core, then stop it
 * @GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_RESTART: dump its core, then restart it
 *
 * What libvirt does on a lifecycle event.
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_LIFECYCLE_DESTROY,
    GVIR_CONFIG_DOMAIN_LIFECYCLE_RESTART,
    GVIR_CONFIG_DOMAIN_LIFECYCLE_PRESERVE,
    GVIR_CONFIG_DOMAIN_LIFECYCLE_RENAME_RESTART,
    GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_DESTROY,
    GVIR_CONFIG_DOMAIN_LIFECYCLE_COREDUMP_RESTART
} GVirConfigDomainLifecycleAction;

GType gvir_config_domain_get_type(void);

/**
 * gvir_config_domain_new:
 *
 * Returns: (transfer full): a new, empty domain definition
 */
GVirConfigDomain *gvir_config_domain_new(void);

/**
 * gvir_config_domain_new_from_xml:
 * @xml: a `<domain>` document
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed domain definition, or %NULL with @error set
 */
GVirConfigDomain *gvir_config_domain_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_get_virt_type:
 * @domain: a #GVirConfigDomain
 *
 * Returns: the hypervisor type; %GVIR_CONFIG_DOMAIN_VIRT_QEMU when unset
 */
GVirConfigDomainVirtType gvir_config_domain_get_virt_type(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_virt_type:
 * @domain: a #GVirConfigDomain
 * @type: the hypervisor type
 */
void gvir_config_domain_set_virt_type(GVirConfigDomain *domain, GVirConfigDomainVirtType type);

/**
 * gvir_config_domain_get_name:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer none): the domain's name, or %NULL when it has none
 */
const char *gvir_config_domain_get_name(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_name:
 * @domain: a #GVirConfigDomain
 * @name: (allow-none): the new name, or %NULL to remove it
 */
void gvir_config_domain_set_name(GVirConfigDomain *domain, const char *name);

/**
 * gvir_config_domain_get_uuid:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer none): the domain's UUID, or %NULL when it has none
 */
const char *gvir_config_domain_get_uuid(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_uuid:
 * @domain: a #GVirConfigDomain
 * @uuid: (allow-none): the new UUID, or %NULL to remove it
 */
void gvir_config_domain_set_uuid(GVirConfigDomain *domain, const char *uuid);

/**
 * gvir_config_domain_get_description:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer none): the domain's free-form description, or %NULL
 */
const char *gvir_config_domain_get_description(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_description:
 * @domain: a #GVirConfigDomain
 * @description: (allow-none): the new description, or %NULL to remove it
 */
void gvir_config_domain_set_description(GVirConfigDomain *domain, const char *description);

/**
 * gvir_config_domain_get_memory:
 * @domain: a #GVirConfigDomain
 *
 * Returns: the maximum memory of the domain, in KiB (0 when unset)
 */
guint64 gvir_config_domain_get_memory(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_memory:
 * @domain: a #GVirConfigDomain
 * @memory: the maximum memory of the domain, in KiB
 */
void gvir_config_domain_set_memory(GVirConfigDomain *domain, guint64 memory);

/**
 * gvir_config_domain_get_current_memory:
 * @domain: a #GVirConfigDomain
 *
 * Returns: the memory the domain gets at boot, in KiB (0 when unset)
 */
guint64 gvir_config_domain_get_current_memory(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_current_memory:
 * @domain: a #GVirConfigDomain
 * @memory: the memory the domain gets at boot, in KiB
 */
void gvir_config_domain_set_current_memory(GVirConfigDomain *domain, guint64 memory);

/**
 * gvir_config_domain_get_vcpus:
 * @domain: a #GVirConfigDomain
 *
 * Returns: the number of virtual CPUs (0 when unset)
 */
guint64 gvir_config_domain_get_vcpus(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_vcpus:
 * @domain: a #GVirConfigDomain
 * @vcpu_count: the number of virtual CPUs
 */
void gvir_config_domain_set_vcpus(GVirConfigDomain *domain,
                                  guint64 vcpu_count);

/**
 * gvir_config_domain_get_features:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full): the names of the hypervisor features turned on (`acpi`, `apic`,
 *   ...), or %NULL when there are none; free with g_strfreev()
 */
GStrv gvir_config_domain_get_features(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_features:
 * @domain: a #GVirConfigDomain
 * @features: the names of the hypervisor features to turn on
 *
 * Replaces the domain's feature list.
 */
void gvir_config_domain_set_features(GVirConfigDomain *domain,
                                     const GStrv features);

/**
 * gvir_config_domain_get_title:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer none): the domain's short title, or %NULL
 */
const char *gvir_config_domain_get_title(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_title:
 * @domain: a #GVirConfigDomain
 * @title: (allow-none): a one-line title, or %NULL to remove it
 */
void gvir_config_domain_set_title(GVirConfigDomain *domain, const char *title);

/**
 * gvir_config_domain_set_lifecycle:
 * @domain: a #GVirConfigDomain
 * @event: the event to respond to
 * @action: what libvirt does when @event happens
 */
void gvir_config_domain_set_lifecycle(GVirConfigDomain *domain,
                                      GVirConfigDomainLifecycleEvent event,
                                      GVirConfigDomainLifecycleAction action);

/**
 * gvir_config_domain_set_devices:
 * @domain: a #GVirConfigDomain
 * @devices: (in) (element-type LibvirtGConfig.DomainDevice): the new devices
 *
 * Replaces all the domain's devices with @devices, in order. Their elements move into this
 * domain's document.
 */
void gvir_config_domain_set_devices(GVirConfigDomain *domain,
                                    GList *devices);

/**
 * gvir_config_domain_add_device:
 * @domain: a #GVirConfigDomain
 * @device: the device to add
 *
 * Appends @device to the domain's devices. Its element moves into this domain's document,
 * so later changes made through @device show in @domain.
 */
void gvir_config_domain_add_device(GVirConfigDomain *domain,
                                   GVirConfigDomainDevice *device);

/**
 * gvir_config_domain_get_devices:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (element-type LibvirtGConfig.DomainDevice) (transfer full): the domain's devices,
 *   in document order, each an object of its class; free with g_list_free_full() and
 *   g_object_unref()
 */
GList *gvir_config_domain_get_devices(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_custom_xml:
 * @domain: a #GVirConfigDomain
 * @xml: the application's metadata, an XML element
 * @ns: the namespace prefix to use for it
 * @ns_uri: the application's namespace URI
 * @error: return location for a #GError, or %NULL
 *
 * Stores @xml in the domain's `<metadata>`, in namespace @ns_uri, replacing what was there
 * in that namespace. Metadata of other namespaces is kept.
 *
 * Returns: %TRUE on success, %FALSE with @error set when @xml does not parse
 */
gboolean gvir_config_domain_set_custom_xml(GVirConfigDomain *domain,
                                           const gchar *xml,
                                           const gchar *ns,
                                           const gchar *ns_uri,
                                           GError **error);

/**
 * gvir_config_domain_set_custom_xml_ns_children:
 * @domain: a #GVirConfigDomain
 * @xml: the application's metadata, an XML element
 * @ns: the namespace prefix to use for it
 * @ns_uri: the application's namespace URI
 * @error: return location for a #GError, or %NULL
 *
 * Like gvir_config_domain_set_custom_xml(), and puts the descendants of @xml's root element
 * in the namespace too.
 *
 * Returns: %TRUE on success, %FALSE with @error set when @xml does not parse
 */
gboolean gvir_config_domain_set_custom_xml_ns_children(GVirConfigDomain *domain,
                                                       const gchar *xml,
                                                       const gchar *ns,
                                                       const gchar *ns_uri,
                                                       GError **error);

/**
 * gvir_config_domain_get_custom_xml:
 * @domain: a #GVirConfigDomain
 * @ns_uri: the application's namespace URI
 *
 * Returns: (transfer full): the metadata stored in namespace @ns_uri, serialized, or %NULL
 */
gchar *gvir_config_domain_get_custom_xml(GVirConfigDomain *domain,
                                         const gchar *ns_uri);

/**
 * gvir_config_domain_get_os:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full): the domain's boot configuration, a view of its `<os>` element,
 *   or %NULL when it has none
 */
GVirConfigDomainOs *gvir_config_domain_get_os(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_os:
 * @domain: a #GVirConfigDomain
 * @os: (allow-none): the new boot configuration, or %NULL to remove it
 *
 * The element of @os moves into @domain (after its other children), replacing the old one.
 */
void gvir_config_domain_set_os(GVirConfigDomain *domain,
                               GVirConfigDomainOs *os);

/**
 * gvir_config_domain_get_clock:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full): the domain's clock, a view of its `<clock>` element, or %NULL
 *   when it has none
 */
GVirConfigDomainClock *gvir_config_domain_get_clock(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_clock:
 * @domain: a #GVirConfigDomain
 * @klock: (allow-none): the new clock, or %NULL to remove it
 *
 * The element of @klock moves into @domain (after its other children), replacing the old one.
 */
void gvir_config_domain_set_clock(GVirConfigDomain *domain,
                                  GVirConfigDomainClock *klock);

/**
 * gvir_config_domain_set_seclabel:
 * @domain: a #GVirConfigDomain
 * @seclabel: (allow-none): the new security label, or %NULL to remove the labels
 *
 * The element of @seclabel moves into @domain (after its other children), replacing all the
 * security labels it had.
 */
void gvir_config_domain_set_seclabel(GVirConfigDomain *domain,
                                     GVirConfigDomainSeclabel *seclabel);

/**
 * gvir_config_domain_set_power_management:
 * @domain: a #GVirConfigDomain
 * @pm: (allow-none): the new power management setting, or %NULL to remove it
 *
 * The element of @pm moves into @domain (after its other children), replacing the old one.
 */
void gvir_config_domain_set_power_management(GVirConfigDomain *domain,
                                             GVirConfigDomainPowerManagement *pm);

/**
 * gvir_config_domain_get_cpu:
 * @domain: a #GVirConfigDomain
 *
 * Returns: (transfer full): the CPU the domain asks for (`<cpu>`), part of the domain's
 *   document, or %NULL when not given
 */
GVirConfigDomainCpu *gvir_config_domain_get_cpu(GVirConfigDomain *domain);

/**
 * gvir_config_domain_set_cpu:
 * @domain: a #GVirConfigDomain
 * @cpu: (allow-none): the CPU to ask for, or %NULL to remove the domain's `<cpu>`
 *
 * Replaces the domain's CPU with @cpu, whose element moves into the domain's document.
 */
void gvir_config_domain_set_cpu(GVirConfigDomain *domain,
                                GVirConfigDomainCpu *cpu);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_H__ */
