//! C ABI of `GVirConfigDomainCrypto` (`<crypto>`), beyond libvirt-glib.

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, value_getter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainCrypto, DomainCryptoBackendModel, DomainCryptoModel, DomainCryptoType};

export_get_type! {
    gvir_config_domain_crypto_get_type => DomainCrypto,
    gvir_config_domain_crypto_model_get_type => DomainCryptoModel,
    gvir_config_domain_crypto_type_get_type => DomainCryptoType,
    gvir_config_domain_crypto_backend_model_get_type => DomainCryptoBackendModel,
}

export_new!(gvir_config_domain_crypto_new, DomainCrypto::new());
export_new_from_xml!(gvir_config_domain_crypto_new_from_xml, |xml| ConfigObject::parse_opt::<DomainCrypto>(
    xml,
    "crypto",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_get_model(crypto: GObjectPtr) -> i32 {
    value_getter::<DomainCrypto, i32>(
        crypto,
        c"gvir_config_domain_crypto_get_model",
        "crypto",
        DomainCryptoModel::Virtio.into_glib(),
        |o| o.model().unwrap_or(DomainCryptoModel::Virtio).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_set_model(crypto: GObjectPtr, model: i32) {
    setter::<DomainCrypto>(crypto, c"gvir_config_domain_crypto_set_model", "crypto", |o| {
        if let Some(model) = enum_arg::<DomainCryptoModel>(
            model,
            c"gvir_config_domain_crypto_set_model",
            c"model is a GVirConfigDomainCryptoModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_get_crypto_type(crypto: GObjectPtr) -> i32 {
    value_getter::<DomainCrypto, i32>(
        crypto,
        c"gvir_config_domain_crypto_get_crypto_type",
        "crypto",
        DomainCryptoType::Qemu.into_glib(),
        |o| o.crypto_type().unwrap_or(DomainCryptoType::Qemu).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_set_crypto_type(crypto: GObjectPtr, crypto_type: i32) {
    setter::<DomainCrypto>(crypto, c"gvir_config_domain_crypto_set_crypto_type", "crypto", |o| {
        if let Some(crypto_type) = enum_arg::<DomainCryptoType>(
            crypto_type,
            c"gvir_config_domain_crypto_set_crypto_type",
            c"crypto_type is a GVirConfigDomainCryptoType",
        ) {
            o.set_crypto_type(crypto_type)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_get_backend_model(crypto: GObjectPtr) -> i32 {
    value_getter::<DomainCrypto, i32>(
        crypto,
        c"gvir_config_domain_crypto_get_backend_model",
        "crypto",
        DomainCryptoBackendModel::Builtin.into_glib(),
        |o| o.backend_model().unwrap_or(DomainCryptoBackendModel::Builtin).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_set_backend_model(crypto: GObjectPtr, model: i32) {
    setter::<DomainCrypto>(crypto, c"gvir_config_domain_crypto_set_backend_model", "crypto", |o| {
        if let Some(model) = enum_arg::<DomainCryptoBackendModel>(
            model,
            c"gvir_config_domain_crypto_set_backend_model",
            c"model is a GVirConfigDomainCryptoBackendModel",
        ) {
            o.set_backend_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_get_backend_queues(crypto: GObjectPtr) -> u32 {
    value_getter::<DomainCrypto, u32>(crypto, c"gvir_config_domain_crypto_get_backend_queues", "crypto", 0, |o| {
        o.backend_queues().unwrap_or(0)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_crypto_set_backend_queues(crypto: GObjectPtr, queues: u32) {
    setter::<DomainCrypto>(crypto, c"gvir_config_domain_crypto_set_backend_queues", "crypto", |o| {
        o.set_backend_queues(queues)
    })
}
