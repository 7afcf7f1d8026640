/*
 * libvirt-gconfig-domain-sound.h: sound cards of a domain (<sound>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_SOUND_H__
#define __LIBVIRT_GCONFIG_DOMAIN_SOUND_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_SOUND (gvir_config_domain_sound_get_type ())
#define GVIR_CONFIG_DOMAIN_SOUND(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_SOUND, GVirConfigDomainSound))
#define GVIR_CONFIG_DOMAIN_SOUND_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_SOUND, GVirConfigDomainSoundClass))
#define GVIR_CONFIG_IS_DOMAIN_SOUND(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_SOUND))
#define GVIR_CONFIG_IS_DOMAIN_SOUND_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_SOUND))
#define GVIR_CONFIG_DOMAIN_SOUND_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_SOUND, GVirConfigDomainSoundClass))

typedef struct _GVirConfigDomainSound GVirConfigDomainSound;
typedef struct _GVirConfigDomainSoundPrivate GVirConfigDomainSoundPrivate;
typedef struct _GVirConfigDomainSoundClass GVirConfigDomainSoundClass;

/**
 * GVirConfigDomainSound:
 *
 * An emulated sound card of a domain.
 */
struct _GVirConfigDomainSound
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainSoundPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainSoundClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainSoundModel:
 * @GVIR_CONFIG_DOMAIN_SOUND_MODEL_SB16: Creative Sound Blaster 16
 * @GVIR_CONFIG_DOMAIN_SOUND_MODEL_ES1370: Ensoniq AudioPCI ES1370
 * @GVIR_CONFIG_DOMAIN_SOUND_MODEL_PCSPK: PC speaker
 * @GVIR_CONFIG_DOMAIN_SOUND_MODEL_AC97: Intel AC'97
 * @GVIR_CONFIG_DOMAIN_SOUND_MODEL_ICH6: Intel HD Audio (ICH6)
 * @GVIR_CONFIG_DOMAIN_SOUND_MODEL_ICH9: Intel HD Audio (ICH9)
 *
 * The emulated sound card (`model` attribute).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_SOUND_MODEL_SB16,
    GVIR_CONFIG_DOMAIN_SOUND_MODEL_ES1370,
    GVIR_CONFIG_DOMAIN_SOUND_MODEL_PCSPK,
    GVIR_CONFIG_DOMAIN_SOUND_MODEL_AC97,
    GVIR_CONFIG_DOMAIN_SOUND_MODEL_ICH6,
    GVIR_CONFIG_DOMAIN_SOUND_MODEL_ICH9
} GVirConfigDomainSoundModel;

GType gvir_config_domain_sound_get_type(void);

/**
 * gvir_config_domain_sound_new:
 *
 * Returns: (transfer full): a new `<sound/>`
 */
GVirConfigDomainSound *gvir_config_domain_sound_new(void);

/**
 * gvir_config_domain_sound_new_from_xml:
 * @xml: a `<sound>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainSound *gvir_config_domain_sound_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_sound_set_model:
 * @sound: a #GVirConfigDomainSound
 * @model: the model
 */
void gvir_config_domain_sound_set_model(GVirConfigDomainSound *sound,
                                        GVirConfigDomainSoundModel model);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_SOUND_H__ */
