/*
 * libvirt-gconfig-domain-channel.h: a guest-host communication channel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#if !defined(__LIBVIRT_GCONFIG_H__) && !defined(LIBVIRT_GCONFIG_BUILD)
#error "Include <libvirt-gconfig/libvirt-gconfig.h> instead of this header."
#endif

#ifndef __LIBVIRT_GCONFIG_DOMAIN_CHANNEL_H__
#define __LIBVIRT_GCONFIG_DOMAIN_CHANNEL_H__

#include <libvirt-gconfig/libvirt-gconfig-domain-chardev.h>

G_BEGIN_DECLS

#define GVIR_CONFIG_TYPE_DOMAIN_CHANNEL            (gvir_config_domain_channel_get_type ())
#define GVIR_CONFIG_DOMAIN_CHANNEL(obj)            (G_TYPE_CHECK_INSTANCE_CAST ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHANNEL, GVirConfigDomainChannel))
#define GVIR_CONFIG_DOMAIN_CHANNEL_CLASS(klass)    (G_TYPE_CHECK_CLASS_CAST ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHANNEL, GVirConfigDomainChannelClass))
#define GVIR_CONFIG_IS_DOMAIN_CHANNEL(obj)         (G_TYPE_CHECK_INSTANCE_TYPE ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHANNEL))
#define GVIR_CONFIG_IS_DOMAIN_CHANNEL_CLASS(klass) (G_TYPE_CHECK_CLASS_TYPE ((klass), GVIR_CONFIG_TYPE_DOMAIN_CHANNEL))
#define GVIR_CONFIG_DOMAIN_CHANNEL_GET_CLASS(obj)  (G_TYPE_INSTANCE_GET_CLASS ((obj), GVIR_CONFIG_TYPE_DOMAIN_CHANNEL, GVirConfigDomainChannelClass))

typedef struct _GVirConfigDomainChannel GVirConfigDomainChannel;
typedef struct _GVirConfigDomainChannelPrivate GVirConfigDomainChannelPrivate;
typedef struct _GVirConfigDomainChannelClass GVirConfigDomainChannelClass;

/**
 * GVirConfigDomainChannel:
 *
 * A communication channel between guest and host (`<channel>`): the guest agent's port, the
 * SPICE agent channel, a forwarded TCP connection, ...
 */
struct _GVirConfigDomainChannel
{
    GVirConfigDomainChardev parent;

    GVirConfigDomainChannelPrivate *priv;

    /* The struct is part of the ABI: no fields may be added. */
};

struct _GVirConfigDomainChannelClass
{
    GVirConfigDomainChardevClass parent_class;

    gpointer padding[20];
};

GType gvir_config_domain_channel_get_type(void);

/**
 * GVirConfigDomainChannelTargetType:
 * @GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_GUESTFWD: a TCP connection of the guest, forwarded to the host
 * @GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_VIRTIO: a virtio serial port
 * @GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_SPICEPORT: a SPICE port
 *
 * How a channel appears in the guest (`<target type='...'/>`).
 */
typedef enum {
    GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_GUESTFWD,
    GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_VIRTIO,
    GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_SPICEPORT
} GVirConfigDomainChannelTargetType;

/**
 * gvir_config_domain_channel_new:
 *
 * Returns: (transfer full): a new, empty channel (`<channel>`)
 */
GVirConfigDomainChannel *gvir_config_domain_channel_new(void);

/**
 * gvir_config_domain_channel_new_from_xml:
 * @xml: the XML to parse
 * @error: return location for a #GError, or %NULL
 *
 * Returns: (transfer full): the parsed object, or %NULL with @error set
 */
GVirConfigDomainChannel *gvir_config_domain_channel_new_from_xml(const gchar *xml, GError **error);

/**
 * gvir_config_domain_channel_get_target_type:
 * @channel: a #GVirConfigDomainChannel
 *
 * Returns: how the channel appears in the guest;
 *   %GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_GUESTFWD when unset
 */
GVirConfigDomainChannelTargetType gvir_config_domain_channel_get_target_type(GVirConfigDomainChannel *channel);

/**
 * gvir_config_domain_channel_set_target_type:
 * @channel: a #GVirConfigDomainChannel
 * @type: how the channel appears in the guest
 */
void gvir_config_domain_channel_set_target_type(GVirConfigDomainChannel *channel,
                                                GVirConfigDomainChannelTargetType type);

/**
 * gvir_config_domain_channel_get_target_name:
 * @channel: a #GVirConfigDomainChannel
 *
 * Returns: (transfer none): the name of the port in the guest, or %NULL
 */
const gchar *gvir_config_domain_channel_get_target_name(GVirConfigDomainChannel *channel);

/**
 * gvir_config_domain_channel_set_target_name:
 * @channel: a #GVirConfigDomainChannel
 * @name: the name of the port in the guest, e.g. `org.qemu.guest_agent.0`
 */
void gvir_config_domain_channel_set_target_name(GVirConfigDomainChannel *channel,
                                                const gchar *name);

G_END_DECLS

#endif /* __LIBVIRT_GCONFIG_DOMAIN_CHANNEL_H__ */
