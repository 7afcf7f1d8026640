/*
 * libvirt-gconfig-domain-parallel.h: a parallel port
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_PARALLEL_H__
#define __LIBVIRT_GCONFIG_DOMAIN_PARALLEL_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_PARALLEL            (gvir_config_domain_parallel_get_type ())
#define GVIR_CONFIG_DOMAIN_PARALLEL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_PARALLEL, GVirConfigDomainParallel))
#define GVIR_CONFIG_DOMAIN_PARALLEL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_PARALLEL, GVirConfigDomainParallelClass))
#define GVIR_CONFIG_IS_DOMAIN_PARALLEL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_PARALLEL))
#define GVIR_CONFIG_IS_DOMAIN_PARALLEL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_PARALLEL))
#define GVIR_CONFIG_DOMAIN_PARALLEL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_PARALLEL, GVirConfigDomainParallelClass))

typedef struct _GVirConfigDomainParallel GVirConfigDomainParallel;
typedef struct _GVirConfigDomainParallelPrivate GVirConfigDomainParallelPrivate;
typedef struct _GVirConfigDomainParallelClass GVirConfigDomainParallelClass;

/**
 * GVirConfigDomainParallel:
 *
 * A parallel port (`<parallel>`) of the guest. Connect it to the host with
 * gvir_config_domain_chardev_set_source().
 */
struct _GVirConfigDomainParallel
{
    GVirConfigDomainChardev parent;

    GVirConfigDomainParallelPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainParallelClass
{
    GVirConfigDomainChardevClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_parallel_get_type(void);

/**
 * gvir_config_domain_parallel_new:
 *
 * Returns: (transfer full): a new, empty a parallel port (`<parallel>`)
 */
GVirConfigDomainParallel *gvir_config_domain_parallel_new(void);

/**
 * gvir_config_domain_parallel_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainParallel *gvir_config_domain_parallel_new_from_xml(const gchar *xml, GError **error);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_PARALLEL_H__ */
