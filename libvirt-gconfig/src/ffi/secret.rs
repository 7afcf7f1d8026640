//! C ABI of `GVirConfigSecret`.

use super::document_accessors::constructors;
use crate::Secret;

constructors!(
    Secret,
    gvir_config_secret_get_type,
    gvir_config_secret_new,
    gvir_config_secret_new_from_xml,
    "secret",
    Some(crate::secret::SCHEMA)
);
