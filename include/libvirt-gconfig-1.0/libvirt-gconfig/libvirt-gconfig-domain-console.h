/*
 * libvirt-gconfig-domain-console.h: a text console
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CONSOLE_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CONSOLE_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CONSOLE            (gvir_config_domain_console_get_type ())
#define GVIR_CONFIG_DOMAIN_CONSOLE(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONSOLE, GVirConfigDomainConsole))
#define GVIR_CONFIG_DOMAIN_CONSOLE_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CONSOLE, GVirConfigDomainConsoleClass))
#define GVIR_CONFIG_IS_DOMAIN_CONSOLE(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONSOLE))
#define GVIR_CONFIG_IS_DOMAIN_CONSOLE_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CONSOLE))
#define GVIR_CONFIG_DOMAIN_CONSOLE_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CONSOLE, GVirConfigDomainConsoleClass))

typedef struct _GVirConfigDomainConsole GVirConfigDomainConsole;
typedef struct _GVirConfigDomainConsolePrivate GVirConfigDomainConsolePrivate;
typedef struct _GVirConfigDomainConsoleClass GVirConfigDomainConsoleClass;

/**
 * GVirConfigDomainConsole:
 *
 * A text console of the guest (`<console>`).
 */
struct _GVirConfigDomainConsole
{
    GVirConfigDomainChardev parent;

    GVirConfigDomainConsolePrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainConsoleClass
{
    GVirConfigDomainChardevClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_console_get_type(void);

/**
 * GVirConfigDomainConsoleTargetType:
 * @GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_XEN: the Xen paravirtual console
 * @GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_SERIAL: the guest's first serial port
 * @GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_UML: the User Mode Linux console
 * @GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_VIRTIO: a virtio console
 * @GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_LXC: a container's console
 * @GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_OPENVZ: an OpenVZ container's console
 *
 * The guest-side device of a console (`<target type='...'/>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_XEN,
    GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_SERIAL,
    GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_UML,
    GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_VIRTIO,
    GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_LXC,
    GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_OPENVZ
} GVirConfigDomainConsoleTargetType;

/**
 * gvir_config_domain_console_new:
 *
 * Returns: (transfer full): a new, empty console (`<console>`)
 */
GVirConfigDomainConsole *gvir_config_domain_console_new(void);

/**
 * gvir_config_domain_console_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainConsole *gvir_config_domain_console_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_console_set_target_type:
 * @console: a #GVirConfigDomainConsole
 * @type: the guest-side device of the console
 */
void gvir_config_domain_console_set_target_type(GVirConfigDomainConsole *console,
                                                GVirConfigDomainConsoleTargetType type);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CONSOLE_H__ */
