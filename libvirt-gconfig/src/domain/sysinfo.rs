//! `DomainSysinfo` (`GVirConfigDomainSysinfo`): the system information the guest's firmware
//! reports (`<sysinfo>`).

use crate::{ConfigObject, ConfigObjectExt, Node};

config_class! {
    /// The system information the guest sees (`<sysinfo type='smbios'>`): SMBIOS BIOS and
    /// system entries, used with `<os><smbios mode='sysinfo'/></os>`.
    pub struct DomainSysinfo("GVirConfigDomainSysinfo"): crate::ConfigObject;
    parent structs: crate::ConfigObjectInstance, crate::ConfigObjectClass;
    extends: [crate::ConfigObject];
    implements: [crate::ConfigObjectImpl];
    subclass trait: DomainSysinfoImpl;
}

impl Default for DomainSysinfo {
    fn default() -> Self {
        Self::new()
    }
}

impl DomainSysinfo {
    /// A new `<sysinfo type='smbios'/>`.
    pub fn new() -> Self {
        let sysinfo: Self = ConfigObject::new_root("sysinfo", None);
        sysinfo.node().set_attribute("type", Some("smbios"));
        sysinfo
    }

    /// Parses a `<sysinfo>` element.
    pub fn from_xml(xml: &str) -> Result<Self, glib::Error> {
        ConfigObject::parse(xml, "sysinfo", None)
    }

    /// The kind of information (`type`: `smbios`, `fwcfg`).
    pub fn sysinfo_type(&self) -> Option<String> {
        self.node().attribute("type")
    }

    pub fn set_sysinfo_type(&self, sysinfo_type: Option<&str>) {
        self.node().set_attribute("type", sysinfo_type)
    }

    /// The BIOS entry `name` (`<bios><entry name='vendor'>…</entry></bios>`).
    pub fn bios_entry(&self, name: &str) -> Option<String> {
        entry(&self.node(), "bios", name)
    }

    /// Sets the BIOS entry `name` (`vendor`, `version`, `date`, `release`); `None` removes it.
    pub fn set_bios_entry(&self, name: &str, value: Option<&str>) {
        set_entry(&self.node(), "bios", name, value)
    }

    /// The system entry `name` (`<system><entry name='manufacturer'>…</entry></system>`).
    pub fn system_entry(&self, name: &str) -> Option<String> {
        entry(&self.node(), "system", name)
    }

    /// Sets the system entry `name` (`manufacturer`, `product`, `version`, `serial`, `uuid`,
    /// `sku`, `family`); `None` removes it.
    pub fn set_system_entry(&self, name: &str, value: Option<&str>) {
        set_entry(&self.node(), "system", name, value)
    }
}

fn entry_node(block: &Node, name: &str) -> Option<Node> {
    block.children().find(|c| c.name_is("entry") && c.attribute_is("name", name))
}

fn entry(sysinfo: &Node, block: &str, name: &str) -> Option<String> {
    entry_node(&sysinfo.child(block)?, name)?.text()
}

/// Updates the entry in place (its position in the block is kept), appends a new one, or removes
/// it (and the block, when it was its last entry).
fn set_entry(sysinfo: &Node, block: &str, name: &str, value: Option<&str>) {
    match value {
        Some(value) => {
            let block = sysinfo.ensure_child(block);
            let entry = entry_node(&block, name).unwrap_or_else(|| {
                let entry = block.append_child("entry");
                entry.set_attribute("name", Some(name));
                entry
            });
            entry.set_content(value);
        }
        None => {
            let Some(block_node) = sysinfo.child(block) else { return };
            if let Some(entry) = entry_node(&block_node, name) {
                entry.detach();
            }
            if block_node.children().next().is_none() {
                block_node.detach();
            }
        }
    }
}
