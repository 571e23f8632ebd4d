//! Invalid input is a typed error that names the field and says why, never a panic.

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{Placement, Scenario, Workload, YearMonth};
use cloudsplit::engine::{evaluate, AssumptionError, EngineError, Field, FieldError, ScenarioError};

fn with_chatbot() -> Scenario {
    let mut s = Scenario::default();
    let id = s.add_workload(WorkloadKind::SupportChatbot);
    s.move_to(id, cloudsplit::engine::model::scenario::Zone::Azure);
    s
}

#[test]
fn negative_price_names_the_assumption() {
    let mut s = with_chatbot();
    s.overrides.insert("azure.price.gpt-4.1-mini.input".into(), -0.4);
    let err = evaluate(&s).unwrap_err();
    match &err {
        EngineError::Scenario(ScenarioError::Assumption(AssumptionError::Invalid { id, .. })) => {
            assert_eq!(id, "azure.price.gpt-4.1-mini.input")
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "The scenario is not valid: Azure gpt-4.1-mini input price (azure.price.gpt-4.1-mini.input) \
         cannot be negative (got -0.4)"
    );
}

#[test]
fn nan_and_infinite_assumptions_are_rejected() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut s = with_chatbot();
        s.overrides.insert("aws.egress.per-gb".into(), bad);
        let err = evaluate(&s).unwrap_err();
        assert!(err.to_string().contains("aws.egress.per-gb"), "{err}");
        assert!(err.to_string().contains("finite"), "{err}");
    }
}

#[test]
fn out_of_bounds_assumptions_are_rejected() {
    let mut s = with_chatbot();
    s.overrides.insert("growth.volume-per-month".into(), 500.0);
    assert!(evaluate(&s).unwrap_err().to_string().contains("at most 50"));
    let mut s = with_chatbot();
    s.overrides.insert("people.working-hours-per-year".into(), 0.0);
    assert!(evaluate(&s).unwrap_err().to_string().contains("at least 1"));
    let mut s = with_chatbot();
    s.overrides
        .insert("availability.aws.gpt-family".into(), 202_613.0);
    assert!(evaluate(&s).unwrap_err().to_string().contains("YYYYMM"));
}

#[test]
fn horizon_zero_or_a_century_is_rejected() {
    for years in [0_u8, 8, 100] {
        let mut s = with_chatbot();
        s.horizon_years = years;
        match evaluate(&s) {
            Err(EngineError::Scenario(ScenarioError::Field(e))) => {
                assert_eq!(e.field(), Field::HorizonYears)
            }
            other => panic!("horizon {years}: {other:?}"),
        }
    }
}

#[test]
fn invalid_start_month_is_rejected() {
    let mut s = with_chatbot();
    s.start = YearMonth {
        year: 2027,
        month: 13,
    };
    assert!(matches!(
        evaluate(&s),
        Err(EngineError::Scenario(ScenarioError::Field(
            FieldError::TooLarge {
                field: Field::StartMonth,
                ..
            }
        )))
    ));
}

#[test]
fn invalid_workload_fields_name_the_workload_and_field() {
    type Breaker = fn(&mut Workload);
    let cases: [(Breaker, Field); 6] = [
        (|w| w.monthly_volume = f64::NAN, Field::MonthlyVolume),
        (|w| w.monthly_volume = 1e13, Field::MonthlyVolume),
        (|w| w.tokens_out = -1.0, Field::TokensOut),
        (|w| w.data_gb = f64::INFINITY, Field::DataGb),
        (|w| w.agent_hours_per_session = 1e6, Field::AgentHoursPerSession),
        (
            |w| w.placement = Placement::Both { azure_percent: 101 },
            Field::BothAzurePercent,
        ),
    ];
    for (break_it, field) in cases {
        let mut s = with_chatbot();
        break_it(&mut s.workloads[0]);
        match evaluate(&s) {
            Err(EngineError::Scenario(ScenarioError::Workload { name, error, .. })) => {
                assert_eq!(name, "Customer-support chatbot");
                assert_eq!(error.field(), field);
            }
            other => panic!("{field:?}: {other:?}"),
        }
    }
}

#[test]
fn discounts_over_100_percent_are_rejected() {
    let mut s = with_chatbot();
    s.org.aws_discount_percent = 120.0;
    assert_eq!(
        evaluate(&s).unwrap_err().to_string(),
        "The scenario is not valid: organisation profile: AWS discount (%) must be at most 100 (got 120)"
    );
}

#[test]
fn duplicate_ids_and_blank_names_are_rejected() {
    let mut s = with_chatbot();
    let copy = s.workloads[0].clone();
    s.workloads.push(copy);
    assert!(matches!(
        evaluate(&s),
        Err(EngineError::Scenario(ScenarioError::DuplicateWorkloadId(_)))
    ));
    let mut s = with_chatbot();
    s.workloads[0].name = "   ".into();
    assert!(evaluate(&s)
        .unwrap_err()
        .to_string()
        .contains("Workload name cannot be empty"));
}

#[test]
fn extreme_but_valid_inputs_stay_finite() {
    let mut s = with_chatbot();
    s.horizon_years = 7;
    s.overrides.insert("growth.volume-per-month".into(), 50.0);
    for w in &mut s.workloads {
        w.monthly_volume = 1e12;
        w.tokens_in = 1e7;
        w.tokens_out = 1e7;
        w.data_gb = 1e9;
    }
    let e = evaluate(&s).unwrap();
    assert!(e.strategies().iter().all(|r| r.cost.horizon_total.is_finite()));
}
