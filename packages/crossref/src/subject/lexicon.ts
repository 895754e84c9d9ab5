/**
 * The subjects of the debate on AI in policing and criminal justice, as data: a stable key,
 * a label for people, and the phrases by which EU texts and civil-society letters name them.
 * Phrases are matched on stems ("facial recognition system" finds "facial recognition systems").
 */
export interface SubjectEntry {
  key: string
  label: string
  phrases: string[]
  /**
   * Phrases that suggest the subject without naming it ("mass surveillance" need not be
   * biometric): a clause named only by these shares the subject at half weight.
   */
  weak?: string[]
  /**
   * True when the practice is police or criminal-justice work by nature: a paragraph limited
   * to law enforcement then covers the whole subject, not a narrower scope.
   */
  lawEnforcementByNature?: boolean
  /**
   * The practices a subject joins under one label, each named by some of its phrases: a clause
   * that takes up only some of the practices a demand names answers it in part.
   */
  parts?: { label: string; phrases: string[] }[]
}

const scoring = ['social scoring', 'citizen scoring', 'scoring of individuals']
const benefits = [
  'social rights and benefits',
  'social benefits',
  'social security',
  'social assistance',
  'welfare',
  'vital services',
  'vital public services',
  'eligibility assessment',
  'fraud detection'
]

export const subjects: SubjectEntry[] = [
  {
    key: 'biometric-mass-surveillance',
    label: 'biometric mass surveillance',
    phrases: [
      'biometric mass surveillance',
      'biometric surveillance',
      'biometric',
      'biometric data',
      'biometric identification',
      'remote biometric identification',
      'biometric recognition',
      'facial recognition',
      'face recognition',
      'facial image',
      'recognition of human features',
      'human features',
      'gait',
      'fingerprint',
      'voice',
      'behavioural signal',
      'remote identification'
    ],
    weak: ['mass surveillance', 'indiscriminate surveillance', 'monitoring of public spaces', 'real-time surveillance']
  },
  {
    key: 'predictive-policing',
    label: 'predictive policing',
    phrases: [
      'predictive policing',
      'predictive modelling',
      'behavioural prediction',
      'predictions on individual behaviour',
      'likely to commit a crime',
      'future criminality',
      'crime hotspot',
      'forecast'
    ],
    lawEnforcementByNature: true
  },
  {
    key: 'border-migration',
    label: 'border and migration control',
    phrases: [
      'border',
      'migration',
      'migrant',
      'immigration',
      'asylum',
      'deportation',
      'lie detection',
      'detect lies',
      'traveller',
      'iBorderCtrl',
      'smart borders'
    ]
  },
  {
    key: 'social-scoring',
    label: 'social scoring and access to benefits',
    phrases: [...scoring, ...benefits],
    parts: [
      { label: 'social scoring', phrases: scoring },
      { label: 'access to social rights and benefits', phrases: benefits }
    ]
  },
  {
    key: 'criminal-justice-risk-assessment',
    label: 'risk assessment in criminal justice',
    phrases: [
      'risk assessment tool',
      'risk-assessment tool',
      'risk assessment system',
      'recidivism',
      'reoffending',
      'pre-trial',
      'sentencing',
      'probation',
      'judicial decisions',
      'legal decision-making'
    ],
    lawEnforcementByNature: true
  },
  {
    key: 'private-facial-recognition-databases',
    label: 'private facial recognition databases',
    phrases: ['private facial recognition database', 'Clearview', 'collected illegally from social networks'],
    lawEnforcementByNature: true
  },
  {
    key: 'affected-communities',
    label: 'inclusion of affected communities',
    phrases: [
      'affected communities',
      'marginalised and affected communities',
      'marginalised',
      'under-represented',
      'engagement of civil society',
      'participation of civil society',
      'involvement of civil society',
      'diversity of society'
    ]
  },
  {
    key: 'workers-surveillance',
    label: "workers' surveillance",
    phrases: ['surveillance of workers', 'worker surveillance', "workers' fundamental rights", 'work autonomy', 'performance targets', 'employment']
  },
  {
    key: 'manipulation',
    label: 'manipulation of behaviour',
    phrases: ['manipulation', 'control of human behaviour', 'human agency']
  },
  {
    key: 'sensitive-inferences',
    label: 'inferences about sensitive characteristics',
    phrases: [
      'inferences and predictions',
      'sensitive characteristics',
      'affect recognition',
      'emotion recognition',
      'behaviour detection',
      // The GDPR's and the LED's name for sensitive data (Article 9 GDPR, Article 10 LED).
      'special categories of personal data'
    ]
  },
  {
    key: 'discrimination',
    label: 'discrimination and bias',
    phrases: ['discrimination', 'bias', 'racial profiling', 'racialised', 'structural discrimination', 'exclusion'],
    // "discriminatory access to vital services" is about the services; the adjective only colours it.
    weak: ['discriminatory']
  },
  {
    key: 'access-to-justice',
    label: 'access to justice and procedural rights',
    phrases: ['access to justice', 'procedural rights', 'fair trial', 'defence rights', 'right of defence', 'effective remedy', 'redress', 'due process']
  },
  {
    key: 'rights-violating-uses',
    label: 'uses that violate fundamental rights',
    phrases: [
      'contravene fundamental rights',
      'violate fundamental rights',
      'incompatible with fundamental rights',
      'incompatible with a democratic society',
      'unduly restrict human rights',
      'unduly restricts fundamental rights',
      'rights-violating',
      'violation of fundamental rights'
    ]
  }
]
