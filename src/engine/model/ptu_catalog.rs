//! What one Azure provisioned throughput unit (PTU) serves per model, and the smallest and
//! step deployment sizes: Microsoft Learn, "Provisioned throughput sizing"
//! (learn.microsoft.com/azure/foundry/openai/how-to/provisioned-throughput-sizing, ms.date
//! 2026-05-21; the same figures in the onboarding page of 2025-08-14 and 2026-01-12).
//! Published capacity facts, not estimates: a user who reserves a different size enters the
//! unit count on the workload.

use crate::model::capacity::{ProvisioningError, PtuDeployment};
use crate::model::catalog::Model;

/// Where the figures come from, for the UI and the decision record.
pub const PTU_SIZING_SOURCE: &str = "Microsoft Learn, Provisioned throughput sizing (2026-05-21)";

/// One model's provisioned throughput figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PtuModel {
    /// Input tokens a minute one PTU serves.
    pub input_tpm_per_ptu: f64,
    /// One output token counts as this many input tokens against the capacity.
    pub output_weight: f64,
    /// Smallest deployment and step, Global and Data Zone.
    pub min_global: u32,
    pub step_global: u32,
    /// Smallest deployment and step, Regional.
    pub min_regional: u32,
    pub step_regional: u32,
}

const fn row(input_tpm_per_ptu: f64, output_weight: f64, min_regional: u32) -> PtuModel {
    PtuModel {
        input_tpm_per_ptu,
        output_weight,
        min_global: 15,
        step_global: 5,
        min_regional,
        step_regional: min_regional,
    }
}

/// The model's figures; None where Azure does not offer it provisioned (gpt-5-nano and the
/// embedding models are not in Microsoft's table; gpt-oss-120b is a preview without an output
/// weight, and gpt-oss-20b is not offered).
pub fn ptu_model(model: Model) -> Option<PtuModel> {
    Some(match model {
        Model::Gpt4o => row(2_500.0, 4.0, 50),
        Model::Gpt4oMini => row(37_000.0, 4.0, 25),
        Model::Gpt41 => row(3_000.0, 4.0, 50),
        Model::Gpt41Mini => row(14_900.0, 4.0, 25),
        Model::Gpt41Nano => row(59_400.0, 4.0, 25),
        Model::O3 => row(3_000.0, 4.0, 50),
        Model::O4Mini => row(5_400.0, 4.0, 25),
        Model::Gpt5 => row(4_750.0, 8.0, 50),
        Model::Gpt5Mini => row(23_750.0, 8.0, 25),
        Model::Gpt54 => row(2_400.0, 6.0, 50),
        Model::Gpt55 => row(1_200.0, 6.0, 50),
        Model::Gpt5Nano
        | Model::TextEmbedding3Small
        | Model::TextEmbedding3Large
        | Model::GptOss20b
        | Model::GptOss120b => return None,
    })
}

impl PtuModel {
    /// The smallest deployment and its step on `deployment`.
    pub fn min_and_step(&self, deployment: PtuDeployment) -> (u32, u32) {
        match deployment {
            PtuDeployment::Global | PtuDeployment::DataZone => (self.min_global, self.step_global),
            PtuDeployment::Regional => (self.min_regional, self.step_regional),
        }
    }

    /// `units` raised to the minimum and up to the next step (a stored count the model no
    /// longer takes, after the model or deployment changed).
    pub fn held_to_steps(&self, units: u32, deployment: PtuDeployment) -> u32 {
        let (min, step) = self.min_and_step(deployment);
        if units <= min {
            return min;
        }
        min + (units - min).div_ceil(step) * step
    }

    /// The smallest valid deployment that serves `tpm` input-equivalent tokens a minute.
    pub fn units_for(&self, tpm: f64, deployment: PtuDeployment) -> u32 {
        let (min, step) = self.min_and_step(deployment);
        let needed = (tpm / self.input_tpm_per_ptu).max(0.0);
        let steps = (needed / f64::from(step)).ceil().min(1e6) as u32;
        (steps * step).max(min)
    }
}

/// Whether `units` can be reserved for `model` on `deployment`: offered, at least the minimum,
/// and a whole number of steps above it.
pub fn check_units(model: Model, deployment: PtuDeployment, units: u32) -> Result<(), ProvisioningError> {
    let spec = ptu_model(model).ok_or(ProvisioningError::NotOffered(model.key()))?;
    let (min, step) = spec.min_and_step(deployment);
    if units < min {
        return Err(ProvisioningError::BelowMinimum {
            model: model.key(),
            deployment: deployment.label(),
            min,
            units,
        });
    }
    if !(units - min).is_multiple_of(step) {
        return Err(ProvisioningError::NotAStep {
            model: model.key(),
            deployment: deployment.label(),
            increment: step,
            units,
            suggested: spec.held_to_steps(units, deployment),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsofts_worked_example_sizes_to_the_next_step() {
        // The sizing page's example, with gpt-5.1's figures (4,750 TPM, weight 8): 1,000 calls
        // a minute of 200 in and 20 out = 200,000 + 8 x 20,000 = 360,000 TPM -> 75.8 -> 80 PTU.
        let m = ptu_model(Model::Gpt5).expect("offered");
        let tpm = 1_000.0 * (200.0 + m.output_weight * 20.0);
        assert_eq!(tpm, 360_000.0);
        assert_eq!(m.units_for(tpm, PtuDeployment::DataZone), 80);
        // A tiny load still takes the minimum; Regional steps are 50.
        assert_eq!(m.units_for(1.0, PtuDeployment::Global), 15);
        assert_eq!(m.units_for(tpm, PtuDeployment::Regional), 100);
    }

    #[test]
    fn a_count_below_the_minimum_or_between_steps_is_refused_in_plain_words() {
        assert_eq!(check_units(Model::Gpt41, PtuDeployment::Global, 20), Ok(()));
        let below = check_units(Model::Gpt41, PtuDeployment::Global, 10).map_err(|e| e.to_string());
        assert_eq!(
            below,
            Err("gpt-4.1 needs at least 15 PTU on a Global deployment (you entered 10).".into())
        );
        let between = check_units(Model::Gpt41, PtuDeployment::Regional, 60).map_err(|e| e.to_string());
        assert!(between.is_err_and(|m| m.contains("steps of 50") && m.contains("try 100")));
        assert!(check_units(Model::Gpt5Nano, PtuDeployment::Global, 15).is_err());
    }

    #[test]
    fn models_without_provisioned_throughput_say_so() {
        assert!(ptu_model(Model::Gpt5Nano).is_none());
        assert!(ptu_model(Model::TextEmbedding3Large).is_none());
        assert_eq!(
            ptu_model(Model::Gpt4oMini).map(|m| m.min_and_step(PtuDeployment::Regional)),
            Some((25, 25))
        );
    }
}
