/*
 * libvirt-gconfig-object.h: base class of configuration objects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_OBJECT_H__
#define __LIBVIRT_GCONFIG_OBJECT_H__

#include <glib-object.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_OBJECT            (gvir_config_object_get_type ())
#define GVIR_CONFIG_OBJECT(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_OBJECT, GVirConfigObject))
#define GVIR_CONFIG_OBJECT_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_OBJECT, GVirConfigObjectClass))
#define GVIR_CONFIG_IS_OBJECT(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_OBJECT))
#define GVIR_CONFIG_IS_OBJECT_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_OBJECT))
#define GVIR_CONFIG_OBJECT_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_OBJECT, GVirConfigObjectClass))

typedef struct _GVirConfigObject GVirConfigObject;
typedef struct _GVirConfigObjectPrivate GVirConfigObjectPrivate;
typedef struct _GVirConfigObjectClass GVirConfigObjectClass;

/**
 * GVirConfigObject:
 *
 * A typed view of one element of a libvirt XML document. Objects that view parts of the
 * same document share it; the document holds all their state.
 */
struct _GVirConfigObject
{
    GObject parent;

    GVirConfigObjectPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigObjectClass
{
    GObjectClass parent_class;

    gpointer padding[20];
};

GType gvir_config_object_get_type(void);

/**
 * gvir_config_object_new:
 * @type: the #GType of the object to make, a subtype of #GVirConfigObject
 * @root_name: name of the root element of the new document
 * @schema: path of the RelaxNG schema the document follows, or %NULL
 *
 * Makes a new document holding an empty @root_name element, viewed as a @type.
 *
 * Returns: (transfer full): the new object
 */
GVirConfigObject *gvir_config_object_new(GType type,
                                         const char *root_name,
                                         const char *schema);

/**
 * gvir_config_object_new_from_xml:
 * @type: the #GType of the object to make, a subtype of #GVirConfigObject
 * @root_name: the name the document's root element must have, or %NULL for any
 * @schema: path of the RelaxNG schema the document follows, or %NULL
 * @xml: the XML text to parse
 * @error: return location for a #GError, or %NULL
 *
 * Parses @xml and views its root element as a @type.
 *
 * Returns: (transfer full): the new object, or %NULL with @error set when @xml does not
 *   parse or has another root element
 */
GVirConfigObject *gvir_config_object_new_from_xml(GType type,
                                                  const char *root_name,
                                                  const char *schema,
                                                  const gchar *xml,
                                                  GError **error);

/**
 * gvir_config_object_validate:
 * @config: a #GVirConfigObject
 * @err: return location for a #GError, or %NULL
 *
 * Checks the object's document against its RelaxNG schema; @err says what is wrong.
 */
void gvir_config_object_validate(GVirConfigObject *config,
                                 GError **err);

/**
 * gvir_config_object_to_xml:
 * @config: a #GVirConfigObject
 *
 * Serializes the element the object views, with everything inside it.
 *
 * Returns: (transfer full): the XML text; free it with g_free()
 */
gchar *gvir_config_object_to_xml(GVirConfigObject *config);

/**
 * gvir_config_object_get_schema:
 * @config: a #GVirConfigObject
 *
 * Returns: the path of the RelaxNG schema of the object's document, or %NULL
 */
const gchar *gvir_config_object_get_schema(GVirConfigObject *config);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_OBJECT_H__ */
