//! C ABI of `GVirConfigStoragePool`.

use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::document_accessors::{child_getter, child_setter, constructors, nullable_string_setter, number_property, string_getter};
use super::{object_arg, GObjectPtr};
use crate::{StoragePool, StoragePoolSource, StoragePoolTarget, StoragePoolType};

constructors!(
    StoragePool,
    gvir_config_storage_pool_get_type,
    gvir_config_storage_pool_new,
    gvir_config_storage_pool_new_from_xml,
    "pool",
    Some(crate::storage_pool::SCHEMA)
);

#[no_mangle]
pub extern "C" fn gvir_config_storage_pool_type_get_type() -> GType {
    StoragePoolType::static_type().into_glib()
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_storage_pool_get_pool_type(pool: GObjectPtr) -> i32 {
    let pool = object_arg!(pool as StoragePool, c"gvir_config_storage_pool_get_pool_type", StoragePoolType::Dir.into_glib());
    capi_support::guard("gvir_config_storage_pool_get_pool_type", StoragePoolType::Dir.into_glib(), || pool.pool_type().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_storage_pool_set_pool_type(pool: GObjectPtr, type_: i32) {
    let Some(pool) = capi_support::object_arg::<StoragePool>(pool, None, c"gvir_config_storage_pool_set_pool_type", "pool") else {
        return;
    };
    match crate::xml::enum_from_int::<StoragePoolType>(type_) {
        Some(t) => capi_support::guard("gvir_config_storage_pool_set_pool_type", (), || pool.set_pool_type(t)),
        None => capi_support::return_if_fail_warning(
            None,
            c"gvir_config_storage_pool_set_pool_type",
            c"type is a GVirConfigStoragePoolType",
        ),
    }
}

number_property!(
    u64,
    gvir_config_storage_pool_get_allocation,
    gvir_config_storage_pool_set_allocation,
    pool as StoragePool,
    allocation,
    allocation,
    set_allocation
);
number_property!(
    u64,
    gvir_config_storage_pool_get_available,
    gvir_config_storage_pool_set_available,
    pool as StoragePool,
    available,
    available,
    set_available
);
number_property!(
    u64,
    gvir_config_storage_pool_get_capacity,
    gvir_config_storage_pool_set_capacity,
    pool as StoragePool,
    capacity,
    capacity,
    set_capacity
);

string_getter!(gvir_config_storage_pool_get_name, pool as StoragePool, name);
nullable_string_setter!(gvir_config_storage_pool_set_name, pool as StoragePool, name, set_name);
string_getter!(gvir_config_storage_pool_get_uuid, pool as StoragePool, uuid);
nullable_string_setter!(gvir_config_storage_pool_set_uuid, pool as StoragePool, uuid, set_uuid);

child_getter!(gvir_config_storage_pool_get_source, pool as StoragePool, source);
child_setter!(gvir_config_storage_pool_set_source, pool as StoragePool, source as StoragePoolSource, set_source);
child_getter!(gvir_config_storage_pool_get_target, pool as StoragePool, target);
child_setter!(gvir_config_storage_pool_set_target, pool as StoragePool, target as StoragePoolTarget, set_target);
