//! What a strategy puts on each cloud: workloads, regulated workloads, frameworks and
//! residency zones, and which workloads sit on both clouds.

use super::result::CloudFootprint;
use crate::assumptions::Cloud;
use crate::model::scenario::{Framework, NativeCloud, Placement, Residency, Scenario, Sector, Workload};

/// Zones indexed 0 = EU, 1 = US.
const ZONES: [Residency; 2] = [Residency::Eu, Residency::Us];

fn zone_index(r: Residency) -> Option<usize> {
    ZONES.iter().position(|z| *z == r)
}

/// Both clouds' footprints (Azure, then AWS) and the count of workloads placed on both.
pub(super) struct Footprints {
    pub clouds: [CloudFootprint; 2],
    pub workloads_on_both: u32,
}

/// The clouds the organisation already governs (Azure, AWS).
fn governed_clouds(native: NativeCloud) -> [bool; 2] {
    match native {
        NativeCloud::Azure => [true, false],
        NativeCloud::Aws => [false, true],
        NativeCloud::Both => [true, true],
        NativeCloud::OnPremises => [false, false],
    }
}

fn is_regulated(w: &Workload) -> bool {
    !w.compliance.is_empty() || w.residency.is_constrained() || w.sector != Sector::Commercial
}

fn empty_footprint(cloud: Cloud, governed: bool) -> CloudFootprint {
    CloudFootprint {
        cloud,
        governed,
        workloads: 0,
        regulated_workloads: 0,
        frameworks: Vec::new(),
        zones: Vec::new(),
    }
}

/// Counts `w` on the cloud of `footprint`.
fn add_workload(footprint: &mut CloudFootprint, w: &Workload) {
    footprint.workloads += 1;
    if is_regulated(w) {
        footprint.regulated_workloads += 1;
    }
    for &f in &w.compliance {
        if !footprint.frameworks.contains(&f) {
            footprint.frameworks.push(f);
        }
    }
    if zone_index(w.residency).is_some() && !footprint.zones.contains(&w.residency) {
        footprint.zones.push(w.residency);
    }
}

/// Every workload counts on each cloud its placement uses; frameworks come out in
/// `Framework::ALL` order and zones in `ZONES` order, whatever the board order.
pub(super) fn count(scenario: &Scenario, placed: &[(&Workload, Placement)]) -> Footprints {
    let governed = governed_clouds(scenario.org.native_cloud);
    let mut clouds = Cloud::ALL.map(|c| empty_footprint(c, governed[c.index()]));
    let mut workloads_on_both = 0_u32;
    for &(w, placement) in placed {
        if placement == Placement::Unplaced {
            continue;
        }
        for footprint in &mut clouds {
            if placement.uses(footprint.cloud) {
                add_workload(footprint, w);
            }
        }
        if matches!(placement, Placement::Both { .. }) {
            workloads_on_both += 1;
        }
    }
    for footprint in &mut clouds {
        footprint.frameworks.sort();
        footprint.zones.sort_by_key(|&z| zone_index(z));
    }
    Footprints {
        clouds,
        workloads_on_both,
    }
}

/// Frameworks validated on both clouds, in `Framework::ALL` order.
pub(super) fn frameworks_on_both(clouds: &[CloudFootprint; 2]) -> Vec<Framework> {
    let [azure, aws] = clouds;
    azure
        .frameworks
        .iter()
        .filter(|f| aws.frameworks.contains(f))
        .copied()
        .collect()
}

/// Residency zones whose data both clouds hold.
pub(super) fn zones_on_both(clouds: &[CloudFootprint; 2]) -> u32 {
    let [azure, aws] = clouds;
    azure.zones.iter().filter(|z| aws.zones.contains(z)).count() as u32
}
