/*
 * libvirt-gconfig-domain-serial.h: a serial port
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SERIAL_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SERIAL_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SERIAL            (gvir_config_domain_serial_get_type ())
#define GVIR_CONFIG_DOMAIN_SERIAL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SERIAL, GVirConfigDomainSerial))
#define GVIR_CONFIG_DOMAIN_SERIAL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SERIAL, GVirConfigDomainSerialClass))
#define GVIR_CONFIG_IS_DOMAIN_SERIAL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SERIAL))
#define GVIR_CONFIG_IS_DOMAIN_SERIAL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SERIAL))
#define GVIR_CONFIG_DOMAIN_SERIAL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SERIAL, GVirConfigDomainSerialClass))

typedef struct _GVirConfigDomainSerial GVirConfigDomainSerial;
typedef struct _GVirConfigDomainSerialPrivate GVirConfigDomainSerialPrivate;
typedef struct _GVirConfigDomainSerialClass GVirConfigDomainSerialClass;

/**
 * GVirConfigDomainSerial:
 *
 * A serial port (`<serial>`) of the guest. Connect it to the host with
 * gvir_config_domain_chardev_set_source().
 */
struct _GVirConfigDomainSerial
{
    GVirConfigDomainChardev parent;

    GVirConfigDomainSerialPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSerialClass
{
    GVirConfigDomainChardevClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_serial_get_type(void);

/**
 * gvir_config_domain_serial_new:
 *
 * Returns: (transfer full): a new, empty a serial port (`<serial>`)
 */
GVirConfigDomainSerial *gvir_config_domain_serial_new(void);

/**
 * gvir_config_domain_serial_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainSerial *gvir_config_domain_serial_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SERIAL_H__ */
