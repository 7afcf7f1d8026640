//! The connection's cache of domain objects, by UUID.

use crate::Domain;

/// A domain's UUID as a key of the cache: its 128 bits (a `String` key would cost a heap block
/// per cached domain and make every entry three times wider).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct UuidKey(u128);

impl UuidKey {
    /// The key of a UUID in libvirt's text form (hex digits and dashes, either case).
    pub(crate) fn parse(uuid: &str) -> Option<UuidKey> {
        let mut value: u128 = 0;
        let mut digits = 0;
        for c in uuid.chars().filter(|c| *c != '-') {
            value = (value << 4) | c.to_digit(16)? as u128;
            digits += 1;
        }
        (digits == 32).then_some(UuidKey(value))
    }

    /// The key of libvirt domain `handle`, from the UUID's 16 bytes (`virDomainGetUUID`).
    /// `virDomainGetUUIDString` costs twice as much: like every libvirt call on a domain it
    /// formats the UUID for libvirt's debug log (whether or not debugging is on), and then it
    /// formats it once more for us (~6.5 k instructions each, `g_snprintf` per byte).
    pub(crate) fn of_domain(handle: &virt::domain::Domain) -> Option<UuidKey> {
        let mut bytes = [0u8; 16];
        // SAFETY: a live domain; libvirt writes VIR_UUID_BUFLEN (16) bytes.
        let ret = unsafe { virt::sys::virDomainGetUUID(handle.as_ptr(), bytes.as_mut_ptr()) };
        (ret >= 0).then_some(UuidKey(u128::from_be_bytes(bytes)))
    }

    /// The UUID in libvirt's text form (what `virUUIDFormat` writes: lowercase hex digits in
    /// groups of 8-4-4-4-12), NUL-terminated.
    pub(crate) fn text(self) -> [u8; 37] {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut text = [0u8; 37];
        let mut at = 0;
        for (i, byte) in self.0.to_be_bytes().into_iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                text[at] = b'-';
                at += 1;
            }
            text[at] = HEX[(byte >> 4) as usize];
            text[at + 1] = HEX[(byte & 0xf) as usize];
            at += 2;
        }
        text
    }
}

/// Domain objects by UUID, in a vector sorted by key: 24 bytes per domain, where a hash map's
/// spare buckets would add as much again (issue: memory per cached domain ≤ the reference).
/// Lookups are binary searches; a fetch builds the whole cache at once and sorts it; events
/// insert or remove one entry at a time, moving the tail (a few KiB for thousands of domains).
#[derive(Default)]
pub(crate) struct DomainCache {
    entries: Vec<(UuidKey, Domain)>,
}

impl DomainCache {
    /// A cache of `entries`; when a key comes twice the last entry wins.
    pub(crate) fn from_entries(mut entries: Vec<(UuidKey, Domain)>) -> DomainCache {
        // Stable: equal keys keep their order, so the last of them is the one kept below.
        entries.sort_by_key(|(key, _)| *key);
        let mut deduplicated: Vec<(UuidKey, Domain)> = Vec::with_capacity(entries.len());
        for entry in entries {
            match deduplicated.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => deduplicated.push(entry),
            }
        }
        DomainCache { entries: deduplicated }
    }

    pub(crate) fn get(&self, key: &UuidKey) -> Option<&Domain> {
        self.entries.binary_search_by_key(key, |(k, _)| *k).ok().map(|i| &self.entries[i].1)
    }

    /// Adds or replaces the domain of `key`; returns the one replaced.
    pub(crate) fn insert(&mut self, key: UuidKey, domain: Domain) -> Option<Domain> {
        match self.entries.binary_search_by_key(&key, |(k, _)| *k) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, domain)),
            Err(i) => {
                self.entries.insert(i, (key, domain));
                None
            }
        }
    }

    pub(crate) fn remove(&mut self, key: &UuidKey) -> Option<Domain> {
        let i = self.entries.binary_search_by_key(key, |(k, _)| *k).ok()?;
        Some(self.entries.remove(i).1)
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &Domain> {
        self.entries.iter().map(|(_, domain)| domain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_keys_ignore_case_and_reject_what_is_not_a_uuid() {
        let lower = UuidKey::parse("6695eb01-f6a4-8304-79aa-97f2502e193f").unwrap();
        assert_eq!(UuidKey::parse("6695EB01-F6A4-8304-79AA-97F2502E193F"), Some(lower));
        assert_eq!(UuidKey::parse("6695eb01f6a4830479aa97f2502e193f"), Some(lower));
        assert_eq!(UuidKey::parse("6695eb01-f6a4-8304-79aa-97f2502e193"), None);
        assert_eq!(UuidKey::parse("6695eb01-f6a4-8304-79aa-97f2502e193fa"), None);
        assert_eq!(UuidKey::parse("zz95eb01-f6a4-8304-79aa-97f2502e193f"), None);
        assert_eq!(UuidKey::parse(""), None);
    }

    #[test]
    fn uuid_text_is_libvirts_form_and_parses_back() {
        let uuid = "6695eb01-f6a4-8304-79aa-97f2502e193f";
        let key = UuidKey::parse(uuid).unwrap();
        assert_eq!(&key.text()[..36], uuid.as_bytes());
        assert_eq!(key.text()[36], 0);
        let zero = UuidKey::parse("00000000-0000-0000-0000-000000000000").unwrap();
        assert_eq!(&zero.text()[..36], b"00000000-0000-0000-0000-000000000000");
    }

    #[test]
    fn the_key_of_a_domain_is_the_key_of_its_uuid_text() {
        let conn = virt::connect::Connect::open(Some("test:///default")).unwrap();
        let domain = conn.lookup_domain_by_name("test").unwrap();
        let key = UuidKey::of_domain(&domain).unwrap();
        assert_eq!(Some(key), UuidKey::parse(&domain.uuid_string().unwrap()));
        assert_eq!(&key.text()[..36], domain.uuid_string().unwrap().as_bytes());
    }
}
