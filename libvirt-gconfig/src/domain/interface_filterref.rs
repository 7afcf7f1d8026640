//! `DomainInterfaceFilterref` (`GVirConfigDomainInterfaceFilterref`): the network filter of an
//! interface (`<filterref filter='…'>`), and its `<parameter name='…' value='…'/>` children
//! (`DomainInterfaceFilterrefParameter`).

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// A reference to a libvirt network filter, with its parameters (`<filterref>`).
    pub struct DomainInterfaceFilterref("GVirConfigDomainInterfaceFilterref"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainInterfaceFilterrefImpl;
}

impl Default for DomainInterfaceFilterref {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainInterfaceFilterref {
    /// A new, empty `<filterref/>`.
    pub fn new() -> Self {
        ConfigObject::new_root("filterref", None)
    }

    /// Parses a `<filterref>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "filterref", None)
    }

    /// The name of the filter (attribute `filter`).
    pub fn name(&self) -> Option<String> {
        self.node().attribute("filter")
    }

    /// Sets the name of the filter; `None` removes it.
    pub fn set_name(&self, filter: Option<&str>) {
        self.node().set_attribute("filter", filter)
    }

    /// Appends `parameter`; its element moves into this filterref's document, and later changes
    /// made through `parameter` change this filterref.
    pub fn add_parameter(&self, parameter: &DomainInterfaceFilterrefParameter) {
        self.node().append(&parameter.node());
    }

    /// The `<parameter>` children, in document order, as views sharing this document.
    pub fn parameters(&self) -> Vec<DomainInterfaceFilterrefParameter> {
        self.node().children().filter(|c| c.name_is("parameter")).map(|c| ConfigObject::for_node(&c, None)).collect()
    }
}

pub mod parameter {
    //! `<parameter>` of a `<filterref>`.
    use crate::{ConfigObject, ConfigObjectExt};

    config_class! {
        /// One parameter passed to a network filter (`<parameter name='…' value='…'/>`).
        pub struct DomainInterfaceFilterrefParameter("GVirConfigDomainInterfaceFilterrefParameter"): crate::ConfigObject;
        parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
        extends: [crate::ConfigObject];
        implements: [crate::ConfigObjectImpl];
        subclass trait: DomainInterfaceFilterrefParameterImpl;
    }

    impl Default for DomainInterfaceFilterrefParameter {
        fn default() -> Self {
            Self::new()
        }
    }

    impl DomainInterfaceFilterrefParameter {
        /// A new, empty `<parameter/>`.
        pub fn new() -> Self {
            ConfigObject::new_root("parameter", None)
        }

        /// Parses a `<parameter>` element.
        pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
            ConfigObject::parse(xml, "parameter", None)
        }

        pub fn name(&self) -> Option<String> {
            self.node().attribute("name")
        }

        /// Sets the parameter's name; `None` removes it.
        pub fn set_name(&self, name: Option<&str>) {
            self.node().set_attribute("name", name)
        }

        pub fn value(&self) -> Option<String> {
            self.node().attribute("value")
        }

        /// Sets the parameter's value; `None` removes it.
        pub fn set_value(&self, value: Option<&str>) {
            self.node().set_attribute("value", value)
        }
    }
}

pub use parameter::{DomainInterfaceFilterrefParameter, DomainInterfaceFilterrefParameterImpl};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_through_setters() {
        let fr = DomainInterfaceFilterref::new();
        assert_eq!(fr.to_xml(), "<filterref/>");
        assert_eq!(fr.name(), None);
        assert!(fr.parameters().is_empty());
        fr.set_name(Some("clean-traffic"));
        let p = DomainInterfaceFilterrefParameter::new();
        assert_eq!(p.to_xml(), "<parameter/>");
        assert_eq!((p.name(), p.value()), (None, None));
        p.set_value(Some("10.0.0.1"));
        p.set_name(Some("IP"));
        fr.add_parameter(&p);
        let p2 = DomainInterfaceFilterrefParameter::new();
        p2.set_name(Some("CTRL"));
        p2.set_value(Some("a&b"));
        fr.add_parameter(&p2);
        assert_eq!(
            fr.to_xml(),
            "<filterref filter=\"clean-traffic\">\n  <parameter value=\"10.0.0.1\" name=\"IP\"/>\n  \
             <parameter name=\"CTRL\" value=\"a&amp;b\"/>\n</filterref>"
        );
        p.set_value(Some("10.0.0.2"));
        assert!(fr.to_xml().contains("<parameter name=\"IP\" value=\"10.0.0.2\"/>"));
    }

    #[test]
    fn parsed_parameters_in_order_and_unknown_children_kept() {
        let fr = DomainInterfaceFilterref::from_xml(
            "<filterref filter='f'><parameter name='A' value='1'/><x/><parameter name='B' value='2'/></filterref>",
        )
        .unwrap();
        let params: Vec<(Option<String>, Option<String>)> = fr.parameters().iter().map(|p| (p.name(), p.value())).collect();
        assert_eq!(
            params,
            vec![(Some("A".into()), Some("1".into())), (Some("B".into()), Some("2".into()))]
        );
        fr.set_name(None);
        assert_eq!(
            fr.to_xml(),
            "<filterref>\n  <parameter name=\"A\" value=\"1\"/>\n  <x/>\n  <parameter name=\"B\" value=\"2\"/>\n</filterref>"
        );
        let p = DomainInterfaceFilterrefParameter::from_xml("<parameter name='N' value='V'/>").unwrap();
        assert_eq!(p.value().as_deref(), Some("V"));
        p.set_name(None);
        assert_eq!(p.to_xml(), "<parameter value=\"V\"/>");
        assert!(DomainInterfaceFilterref::from_xml("<interface/>").is_err());
    }
}
