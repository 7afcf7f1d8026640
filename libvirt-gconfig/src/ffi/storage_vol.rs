//! C ABI of `GVirConfigStorageVol`.

use super::document_accessors::{child_setter, constructors, nullable_string_setter, number_setter};
use crate::{StorageVol, StorageVolBackingStore, StorageVolTarget};

constructors!(
    StorageVol,
    gvir_config_storage_vol_get_type,
    gvir_config_storage_vol_new,
    gvir_config_storage_vol_new_from_xml,
    "volume",
    Some(crate::storage_vol::SCHEMA)
);

number_setter!(u64, gvir_config_storage_vol_set_allocation, vol as StorageVol, allocation, set_allocation);
number_setter!(u64, gvir_config_storage_vol_set_capacity, vol as StorageVol, capacity, set_capacity);
nullable_string_setter!(gvir_config_storage_vol_set_name, vol as StorageVol, name, set_name);
child_setter!(gvir_config_storage_vol_set_target, vol as StorageVol, target as StorageVolTarget, set_target);
child_setter!(
    gvir_config_storage_vol_set_backing_store,
    vol as StorageVol,
    backing_store as StorageVolBackingStore,
    set_backing_store
);
