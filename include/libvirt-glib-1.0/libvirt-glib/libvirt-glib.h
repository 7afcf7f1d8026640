/*
 * libvirt-glib.h: GLib integration for libvirt (umbrella header)
 *
 * Part of libvirt-glib-rs, a Rust implementation of the libvirt-glib-1.0 ABI.
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#ifndef __LIBVIRT_GLIB_H__
#define __LIBVIRT_GLIB_H__

#include <libvirt-glib/libvirt-glib-main.h>
#include <libvirt-glib/libvirt-glib-event.h>
#include <libvirt-glib/libvirt-glib-error.h>

#endif /* __LIBVIRT_GLIB_H__ */
