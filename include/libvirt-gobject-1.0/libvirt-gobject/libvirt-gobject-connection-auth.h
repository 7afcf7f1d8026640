/*
 * libvirt-gobject-connection-auth.h: opening connections that need credentials
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Beyond libvirt-glib 4.0.0: these symbols are in version node LIBVIRT_GOBJECT_RS_1.0.
 */
#if !defined(__LIBVIRT_GOBJECT_H__) && !defined(LIBVIRT_GOBJECT_BUILD)
#error "Include <libvirt-gobject/libvirt-gobject.h> instead of this header."
#endif

#ifndef __LIBVIRT_GOBJECT_CONNECTION_AUTH_H__
#define __LIBVIRT_GOBJECT_CONNECTION_AUTH_H__

#include <glib-object.h>
#include <libvirt-gobject/libvirt-gobject-connection.h>

G_BEGIN_DECLS

/**
 * GVirConnectionCredentialKind:
 * @GVIR_CONNECTION_CREDENTIAL_USERNAME: the identity to act as
 * @GVIR_CONNECTION_CREDENTIAL_AUTHNAME: the identity to authorize as (the user name most
 *   drivers ask for)
 * @GVIR_CONNECTION_CREDENTIAL_LANGUAGE: an RFC 1766 language for the conversation
 * @GVIR_CONNECTION_CREDENTIAL_CNONCE: the client's nonce
 * @GVIR_CONNECTION_CREDENTIAL_PASSPHRASE: a password or passphrase
 * @GVIR_CONNECTION_CREDENTIAL_ECHOPROMPT: an answer to a challenge, which may be shown as it
 *   is typed
 * @GVIR_CONNECTION_CREDENTIAL_NOECHOPROMPT: an answer to a challenge, not to be shown as it
 *   is typed
 * @GVIR_CONNECTION_CREDENTIAL_REALM: the authentication realm
 * @GVIR_CONNECTION_CREDENTIAL_EXTERNAL: something obtained outside libvirt (the prompt says
 *   what)
 *
 * What libvirt asks for while a connection opens; the values are libvirt's
 * virConnectCredentialType.
 */
typedef enum {
    GVIR_CONNECTION_CREDENTIAL_USERNAME = 1,
    GVIR_CONNECTION_CREDENTIAL_AUTHNAME = 2,
    GVIR_CONNECTION_CREDENTIAL_LANGUAGE = 3,
    GVIR_CONNECTION_CREDENTIAL_CNONCE = 4,
    GVIR_CONNECTION_CREDENTIAL_PASSPHRASE = 5,
    GVIR_CONNECTION_CREDENTIAL_ECHOPROMPT = 6,
    GVIR_CONNECTION_CREDENTIAL_NOECHOPROMPT = 7,
    GVIR_CONNECTION_CREDENTIAL_REALM = 8,
    GVIR_CONNECTION_CREDENTIAL_EXTERNAL = 9
} GVirConnectionCredentialKind;

GType gvir_connection_credential_kind_get_type(void) G_GNUC_CONST;
#define GVIR_TYPE_CONNECTION_CREDENTIAL_KIND (gvir_connection_credential_kind_get_type ())

#define GVIR_TYPE_CONNECTION_CREDENTIAL (gvir_connection_credential_get_type ())

/**
 * GVirConnectionCredential:
 *
 * One thing libvirt asks for while a connection opens: what (a
 * #GVirConnectionCredentialKind), with which prompt, and the answer the
 * #GVirConnectionAuthFunc gives with gvir_connection_credential_set_result().
 */
G_DECLARE_FINAL_TYPE(GVirConnectionCredential, gvir_connection_credential, GVIR, CONNECTION_CREDENTIAL, GObject)

/**
 * gvir_connection_credential_get_kind:
 * @cred: the credential
 *
 * Returns: what is asked for
 */
GVirConnectionCredentialKind gvir_connection_credential_get_kind(GVirConnectionCredential *cred);

/**
 * gvir_connection_credential_get_prompt:
 * @cred: the credential
 *
 * Returns: (transfer none) (nullable): the text to show the user ("Enter username for
 *   localhost", ...)
 */
const gchar *gvir_connection_credential_get_prompt(GVirConnectionCredential *cred);

/**
 * gvir_connection_credential_get_challenge:
 * @cred: the credential
 *
 * Returns: (transfer none) (nullable): the challenge the driver sent (for some drivers, the
 *   host name), or %NULL
 */
const gchar *gvir_connection_credential_get_challenge(GVirConnectionCredential *cred);

/**
 * gvir_connection_credential_get_default_result:
 * @cred: the credential
 *
 * Returns: (transfer none) (nullable): the answer libvirt takes when the handler gives none,
 *   or %NULL
 */
const gchar *gvir_connection_credential_get_default_result(GVirConnectionCredential *cred);

/**
 * gvir_connection_credential_set_result:
 * @cred: the credential
 * @result: (nullable): the answer, or %NULL to take it back
 *
 * Answers the question. The answer is copied, and erased from memory when the credential is
 * finalized.
 */
void gvir_connection_credential_set_result(GVirConnectionCredential *cred, const gchar *result);

/**
 * GVirConnectionAuthFunc:
 * @conn: the connection being opened
 * @credentials: (element-type LibvirtGObject.ConnectionCredential) (transfer none): what
 *   libvirt asks for, in its order
 * @user_data: (closure): the data given to gvir_connection_set_auth_func()
 *
 * Answers libvirt's questions while @conn opens, by setting the result of each credential.
 * A credential left without a result takes its default result, or fails the open when it has
 * none.
 *
 * Returns: %TRUE to go on with the answers given, %FALSE to refuse (the open fails)
 */
typedef gboolean (*GVirConnectionAuthFunc)(GVirConnection *conn, GList *credentials, gpointer user_data);

/**
 * gvir_connection_set_auth_func:
 * @conn: the connection
 * @func: (nullable) (scope notified) (closure user_data) (destroy notify): the handler, or
 *   %NULL to remove it
 * @user_data: data for @func
 * @notify: (nullable): frees @user_data when the handler is replaced, removed, or the
 *   connection finalized
 *
 * Sets the function that answers libvirt's questions (user name, password, ...) when the URI
 * of @conn needs credentials. With a handler, the open functions use virConnectOpenAuth and
 * offer every #GVirConnectionCredentialKind; without one (the default) they open as
 * libvirt-glib 4.0.0 does, without credentials.
 *
 * gvir_connection_open() and gvir_connection_open_read_only() call @func on the calling
 * thread. gvir_connection_open_async() and gvir_connection_open_read_only_async() open on a
 * worker thread, which hands each question to the caller's thread-default main context (where
 * the callback will run) and waits for the answer, so @func may show a dialog. Cancelling the
 * open while @func is pending fails it with %G_IO_ERROR_CANCELLED at once; the late answer is
 * dropped.
 */
void gvir_connection_set_auth_func(GVirConnection *conn,
                                   GVirConnectionAuthFunc func,
                                   gpointer user_data,
                                   GDestroyNotify notify);

G_END_DECLS

#endif /* __LIBVIRT_GOBJECT_CONNECTION_AUTH_H__ */
