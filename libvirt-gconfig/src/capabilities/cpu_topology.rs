//! `CapabilitiesCpuTopology` (`GVirConfigCapabilitiesCpuTopology`): a CPU's `<topology>`.

use crate::{ConfigObject, ConfigObjectExt};

config_class! {
    /// How a CPU's logical processors are laid out
    /// (`<topology sockets='...' cores='...' threads='...'/>`).
    pub struct CapabilitiesCpuTopology("GVirConfigCapabilitiesCpuTopology"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: CapabilitiesCpuTopologyImpl;
}

impl Default for CapabilitiesCpuTopology {
    fn default() -> Self {
        Self::new()
    }
}

impl CapabilitiesCpuTopology {
    /// Attribute `name` read as libvirt-glib reads it (C's `strtoull`: `0x` hex, `0` octal,
    /// digits up to the first other character), 0 when absent.
    fn count(&self, name: &str) -> u64 {
        self.node().c_number_attribute(name).map(|(value, _)| value).unwrap_or(0)
    }

    /// An empty `<topology/>`.
    pub fn new() -> CapabilitiesCpuTopology {
        ConfigObject::new_root("topology", None)
    }

    /// Parses a `<topology>` element.
    pub fn from_xml(xml: &str) -> Result<CapabilitiesCpuTopology, glib::Error> {
        ConfigObject::parse(xml, "topology", None)
    }

    /// Number of sockets, 0 when unset.
    pub fn sockets(&self) -> u64 {
        self.count("sockets")
    }

    pub fn set_sockets(&self, sockets: u64) {
        self.node().set_u64_attribute("sockets", sockets);
    }

    /// Number of cores per socket, 0 when unset.
    pub fn cores(&self) -> u64 {
        self.count("cores")
    }

    pub fn set_cores(&self, cores: u64) {
        self.node().set_u64_attribute("cores", cores);
    }

    /// Number of threads per core, 0 when unset.
    pub fn threads(&self) -> u64 {
        self.count("threads")
    }

    pub fn set_threads(&self, threads: u64) {
        self.node().set_u64_attribute("threads", threads);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setters_write_attributes_in_call_order() {
        let t = CapabilitiesCpuTopology::new();
        assert_eq!(t.to_xml(), "<topology/>");
        assert_eq!((t.sockets(), t.cores(), t.threads()), (0, 0, 0));
        t.set_threads(2);
        t.set_sockets(1);
        t.set_cores(4);
        t.set_threads(8);
        assert_eq!(t.to_xml(), "<topology sockets=\"1\" cores=\"4\" threads=\"8\"/>");
        assert_eq!((t.sockets(), t.cores(), t.threads()), (1, 4, 8));
        assert_eq!(t.schema(), None);
    }

    #[test]
    fn parses_numbers() {
        let t = CapabilitiesCpuTopology::from_xml("<topology sockets='x' cores='0x10' threads='2' dies='1'/>").unwrap();
        assert_eq!((t.sockets(), t.cores(), t.threads()), (0, 16, 2));
        let odd = CapabilitiesCpuTopology::from_xml("<topology sockets='-1' cores='010' threads='4x'/>").unwrap();
        assert_eq!((odd.sockets(), odd.cores(), odd.threads()), (u64::MAX, 8, 4));
        t.set_sockets(3);
        assert_eq!(t.to_xml(), "<topology cores=\"0x10\" threads=\"2\" dies=\"1\" sockets=\"3\"/>");
    }
}
