/*
 * libvirt-gconfig-domain-audio.h: audio backends of a domain (<audio>)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_AUDIO_H__
#define __LIBVIRT_GCONFIG_DOMAIN_AUDIO_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-device.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_AUDIO (gvir_config_domain_audio_get_type ())
#define GVIR_CONFIG_DOMAIN_AUDIO(obj) (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_AUDIO, GVirConfigDomainAudio))
#define GVIR_CONFIG_DOMAIN_AUDIO_CLASS(klass) (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_AUDIO, GVirConfigDomainAudioClass))
#define GVIR_CONFIG_IS_DOMAIN_AUDIO(obj) (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_AUDIO))
#define GVIR_CONFIG_IS_DOMAIN_AUDIO_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_AUDIO))
#define GVIR_CONFIG_DOMAIN_AUDIO_GET_CLASS(obj) (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_AUDIO, GVirConfigDomainAudioClass))

typedef struct _GVirConfigDomainAudio GVirConfigDomainAudio;
typedef struct _GVirConfigDomainAudioPrivate GVirConfigDomainAudioPrivate;
typedef struct _GVirConfigDomainAudioClass GVirConfigDomainAudioClass;

/**
 * GVirConfigDomainAudio:
 *
 * Where the sound of a domain goes on the host.
 *
 * Since: 5.0.0
 */
struct _GVirConfigDomainAudio
{
    GVirConfigDomainDevice parent;

    GVirConfigDomainAudioPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainAudioClass
{
    GVirConfigDomainDeviceClass parent_class;

    gpointer padding[20];
};

/**
 * GVirConfigDomainAudioBackend:
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_NONE: sound is discarded
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_ALSA: ALSA
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_COREAUDIO: macOS Core Audio
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_JACK: JACK
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_OSS: OSS
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_PULSEAUDIO: PulseAudio
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_SDL: SDL audio
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_SPICE: sent to SPICE clients
 * @GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_FILE: written to a file
 *
 * The host audio backend (`type` attribute).
 *
 * Since: 5.0.0
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_NONE,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_ALSA,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_COREAUDIO,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_JACK,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_OSS,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_PULSEAUDIO,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_SDL,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_SPICE,
    GVIR_CONFIG_DOMAIN_AUDIO_BACKEND_FILE
} GVirConfigDomainAudioBackend;

GType gvir_config_domain_audio_get_type(void);

/**
 * gvir_config_domain_audio_new:
 *
 * Returns: (transfer full): a new `<audio/>`
 *
 * Since: 5.0.0
 */
GVirConfigDomainAudio *gvir_config_domain_audio_new(void);

/**
 * gvir_config_domain_audio_new_from_xml:
 * @xml: an `<audio>` element
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 *
 * Since: 5.0.0
 */
GVirConfigDomainAudio *gvir_config_domain_audio_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_audio_set_backend:
 * @audio: a #GVirConfigDomainAudio
 * @backend: the backend
 *
 * Sets the `type` attribute.
 *
 * Since: 5.0.0
 */
void gvir_config_domain_audio_set_backend(GVirConfigDomainAudio *audio,
                                          GVirConfigDomainAudioBackend backend);

/**
 * gvir_config_domain_audio_set_server_name:
 * @audio: a #GVirConfigDomainAudio
 * @server_name: the sound server to connect to, or %NULL to remove it
 *
 * Sets the `serverName` attribute.
 *
 * Since: 5.0.0
 */
void gvir_config_domain_audio_set_server_name(GVirConfigDomainAudio *audio,
                                              const gchar *server_name);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_AUDIO_H__ */
