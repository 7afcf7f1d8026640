//! `NetworkFilter` (`GVirConfigNetworkFilter`): a `<filter>` document.
//!
//! libvirt-glib has no accessors for this document: the class parses it, gives access to it
//! through the generic DOM of [`ConfigObject`], validates it against `nwfilter.rng` and writes it
//! back.

use crate::ConfigObject;

config_class! {
    /// A libvirt network filter definition (`<filter>`, schema `nwfilter.rng`).
    pub struct NetworkFilter("GVirConfigNetworkFilter"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: NetworkFilterImpl;
}

pub(crate) const SCHEMA: &str = "nwfilter.rng";

impl Default for NetworkFilter {
    fn default() -> Self {
        Self::new()
    }
}

impl NetworkFilter {
    /// An empty `<filter/>`.
    pub fn new() -> NetworkFilter {
        ConfigObject::new_root("filter", Some(SCHEMA))
    }

    /// Parses a `<filter>` document.
    pub fn from_xml(xml: &str) -> Result<NetworkFilter, glib::Error> {
        ConfigObject::parse(xml, "filter", Some(SCHEMA))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ConfigObjectExt;

    /// The `no-ip-spoofing` filter libvirt ships, as `virsh nwfilter-dumpxml` prints it.
    const FIXTURE: &str = "<filter name='no-ip-spoofing' chain='ipv4' priority='-710'>
  <uuid>fce8ae33-e69e-83bf-262e-30786c1f8072</uuid>
  <rule action='return' direction='out' priority='100'>
    <ip srcipaddr='0.0.0.0' protocol='udp' srcportstart='68' dstportstart='67'/>
  </rule>
  <rule action='return' direction='out' priority='500'>
    <ip srcipaddr='$IP'/>
  </rule>
  <rule action='drop' direction='out' priority='1000'/>
</filter>";

    #[test]
    fn new_is_an_empty_document() {
        let object = NetworkFilter::new();
        assert_eq!(object.to_xml(), "<filter/>");
        assert_eq!(object.schema().as_deref(), Some("/usr/share/libvirt/schemas/nwfilter.rng"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let object = NetworkFilter::from_xml(FIXTURE).unwrap();
        assert_eq!(object.to_xml(), "<filter name=\"no-ip-spoofing\" chain=\"ipv4\" priority=\"-710\">\n  <uuid>fce8ae33-e69e-83bf-262e-30786c1f8072</uuid>\n  <rule action=\"return\" direction=\"out\" priority=\"100\">\n    <ip srcipaddr=\"0.0.0.0\" protocol=\"udp\" srcportstart=\"68\" dstportstart=\"67\"/>\n  </rule>\n  <rule action=\"return\" direction=\"out\" priority=\"500\">\n    <ip srcipaddr=\"$IP\"/>\n  </rule>\n  <rule action=\"drop\" direction=\"out\" priority=\"1000\"/>\n</filter>");
        if std::path::Path::new(&object.schema().unwrap()).exists() {
            object.validate().unwrap();
        }
        let extended = NetworkFilter::from_xml("<filter><!-- c --><future x='1'><y/></future></filter>").unwrap();
        assert_eq!(extended.to_xml(), "<filter>\n  <!-- c -->\n  <future x=\"1\">\n    <y/>\n  </future>\n</filter>");
    }

    #[test]
    fn other_roots_are_rejected() {
        let error = NetworkFilter::from_xml("<pool/>").unwrap_err();
        assert!(error.message().contains("no 'filter' node"), "{}", error.message());
        assert!(NetworkFilter::from_xml("<filter").is_err());
    }
}
