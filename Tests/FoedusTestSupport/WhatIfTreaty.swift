extension Fixtures {
    /// A what-if treaty used by the CLI and API tests: Russia and Vietnam owe each other automatic defence
    /// from 2025. Without it, China attacking Vietnam in 2026 brings no one in on Vietnam's side.
    public static let whatIfRussiaVietnamPact = """
        type: treaty
        id: WHATIF-RUS-VNM
        name: What-if Russia–Vietnam mutual assistance
        signed: 2025-01-01
        inForce: 2025-01-01
        parties: [{state: RUS}, {state: VNM}]
        provisions:
          - {id: a1, article: "1", kind: defense, strength: automatic}
        """
}
