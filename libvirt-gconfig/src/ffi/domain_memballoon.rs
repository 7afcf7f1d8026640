//! C ABI of `GVirConfigDomainMemballoon`.

use super::device_accessors::*;
use crate::{ConfigObject, DomainMemballoon, DomainMemballoonModel};

fn parse(xml: Option<&[u8]>) -> Result<DomainMemballoon, glib::Error> {
    ConfigObject::parse_opt(xml, "memballoon", None)
}

export_get_type! {
    gvir_config_domain_memballoon_get_type => DomainMemballoon,
    gvir_config_domain_memballoon_model_get_type => DomainMemballoonModel,
}

export_new!(gvir_config_domain_memballoon_new, DomainMemballoon::new());
export_new_from_xml!(gvir_config_domain_memballoon_new_from_xml, parse);
export_enum_setter!(gvir_config_domain_memballoon_set_model, memballoon: DomainMemballoon, set_model, DomainMemballoonModel);
