import { defineMessages } from '../define';

/** The risk engineer's part of the profile: structured service levels, dependencies, interdependency view. */
export const riskProfile = defineMessages(
	{
		positive: (max: number) => `0より大きく${max.toLocaleString('ja-JP')}以下の数値で入力してください。`,
		positiveInteger: (max: number) => `1以上${max.toLocaleString('ja-JP')}以下の整数で入力してください。`,
		unitNeeded: '規模を入力したときは単位も選んでください。',
		structured: {
			legend: 'サービスレベルを逸脱したとみなす規模（検証レベルとの比較用）',
			help: 'この規模以上の支障が起きたら、サービスを安定的に提供できていないとみなします。分野の検証レベルより大きい値は「緩い」と表示されます。',
			quantity: '規模',
			unit: '単位',
			noUnit: '選択してください',
			duration: '継続時間（分）',
			durationHelp: '例: 10分 = 10、2時間 = 120、24時間 = 1440',
			population: '影響を受ける需要家・利用者数',
			verification: (level: string) => `分野の検証レベル: ${level}`,
			excluded: 'このサービスは分野の検証レベルの対象ではない（比較しない）'
		},
		comparison: {
			none: '分野の検証レベルに数値の定めがないため、比較できません。',
			unset: 'サービスレベルの規模が未入力です。',
			excluded: '分野の検証レベルの対象外のサービスのため、比較していません。',
			within: '検証レベル以内',
			looser: '検証レベルより緩い',
			looserOn: (dims: string) => `${dims}が検証レベルを超えています。`,
			missing: (dims: string) => `検証レベルにある${dims}が未入力です。`,
			unitMismatch: '規模の単位が検証レベルと異なるため、規模は比較していません。',
			dimensions: { quantity: '規模', duration: '継続時間', population: '影響を受ける需要家・利用者数' }
		},
		dependencies: {
			title: '依存関係',
			lead: '重要システムが依存する具体的な事業者・供給者（どの電力会社・通信事業者・クラウド・委託先か）、何をどのシステムに供給しているか、そして当社のサービスに依存している先を登録します。',
			upstream: '当社が依存する先',
			downstream: '当社に依存する先',
			upstreamEmpty:
				'まだ依存先が登録されていません。電力・通信・クラウド・委託先など、重要システムが止まる原因になりうる先を登録してください。',
			downstreamEmpty: '当社のサービスに依存している事業者はまだ登録されていません。',
			add: '依存関係を追加',
			name: '事業者・供給者の名称',
			nameHelp: '例: 東都電力パワーグリッド株式会社 変電所A系統、NTT東日本 専用線、AWS 東京リージョン',
			direction: '向き',
			category: '種別',
			sector: '相手の重要インフラ分野',
			noSector: '重要インフラ分野ではない',
			supplies: '供給しているもの',
			suppliesHelp: '当社が依存する先なら、相手が当社に供給しているもの。当社に依存する先なら、当社が相手に供給しているもの。',
			systems: '依存している重要システム',
			services: '関係する重要インフラサービス',
			servicesHelp:
				'当社に依存する先なら、相手が依存している当社のサービス。当社が依存する先なら、システムを介さず直接依存しているサービス。',
			alternative: '代替手段・冗長化',
			contact: '連絡窓口',
			notes: 'メモ',
			usedBy: '依存している重要システム',
			noneLinked: 'どのシステムにも紐づいていません'
		},
		systemsDependencies: '依存先',
		systemsDependenciesHelp: '依存先は「依存関係」で登録し、そこで重要システムに紐づけます。',
		noDependencies: '未登録',
		interdependency: {
			title: '相互依存関係',
			lead: 'サービス → 重要システム → 依存先のつながりと、当社に依存する先です。依存先が止まると影響を受けるサービスの数も示します。',
			table: '一覧表',
			diagram: '関係図',
			diagramLabel: '相互依存関係の図: 当社に依存する先、重要インフラサービス、重要システム、依存先を左から右に結んでいます。',
			service: '重要インフラサービス',
			system: '重要システム',
			dependency: '依存先',
			supplies: '供給しているもの',
			affected: '止まると影響するサービス',
			affectedCount: (n: number) => `${n}サービス`,
			noSystem: '（重要システムなし）',
			noService: '（どのサービスにも紐づかない）',
			noDependency: '（依存先の登録なし）',
			empty: '重要インフラサービス・重要システム・依存関係を登録すると、ここに相互依存関係が表示されます。',
			columns: {
				dependents: '当社に依存する先',
				services: '重要インフラサービス',
				systems: '重要システム',
				dependencies: '依存先'
			}
		}
	},
	{
		positive: (max: number) => `Enter a number greater than 0 and at most ${max.toLocaleString('en-GB')}.`,
		positiveInteger: (max: number) => `Enter a whole number from 1 to ${max.toLocaleString('en-GB')}.`,
		unitNeeded: 'Choose a unit for the quantity.',
		structured: {
			legend: 'Size of a disruption that breaks the service level (compared with the verification level)',
			help: 'A disruption at least this large means the service is no longer stably provided. Values larger than the sector’s verification level show as “looser”.',
			quantity: 'Quantity',
			unit: 'Unit',
			noUnit: 'Choose…',
			duration: 'Duration (minutes)',
			durationHelp: 'e.g. 10 minutes = 10, 2 hours = 120, 24 hours = 1440',
			population: 'Customers or users affected',
			verification: (level: string) => `Sector verification level: ${level}`,
			excluded: 'The sector’s verification level is not about this service (do not compare)'
		},
		comparison: {
			none: 'The sector’s verification level states no numbers, so there is nothing to compare.',
			unset: 'The service level states no size yet.',
			excluded: 'The sector’s verification level is not about this service, so it is not compared.',
			within: 'Within the verification level',
			looser: 'Looser than the verification level',
			looserOn: (dims: string) => `${dims} exceeds the verification level.`,
			missing: (dims: string) => `The verification level states ${dims}, the service level does not.`,
			unitMismatch: 'The quantity is in another unit than the verification level, so it was not compared.',
			dimensions: { quantity: 'the quantity', duration: 'the duration', population: 'the number of customers or users' }
		},
		dependencies: {
			title: 'Dependencies',
			lead: 'The specific operators and suppliers your important systems depend on (which power or telecom company, which cloud, which outsourcing partner), what they supply to which system, and who depends on your services.',
			upstream: 'We depend on',
			downstream: 'Depend on us',
			upstreamEmpty:
				'No dependencies registered yet. Register the power, telecom, cloud and outsourcing partners whose failure could stop an important system.',
			downstreamEmpty: 'No operator that depends on your services is registered yet.',
			add: 'Add a dependency',
			name: 'Operator or supplier',
			nameHelp: 'e.g. Tohto Power Grid, substation A feed; NTT East leased line; AWS Tokyo region',
			direction: 'Direction',
			category: 'Category',
			sector: 'Their critical-infrastructure sector',
			noSector: 'Not a critical-infrastructure sector',
			supplies: 'What is supplied',
			suppliesHelp: 'For a dependency: what they supply to us. For a dependent: what we supply to them.',
			systems: 'Important systems that depend on it',
			services: 'Critical services concerned',
			servicesHelp:
				'For a dependent: which of our services they rely on. For a dependency: services that rely on it directly, not through a system.',
			alternative: 'Alternatives and redundancy',
			contact: 'Contact point',
			notes: 'Notes',
			usedBy: 'Important systems depending on it',
			noneLinked: 'Not linked to any system'
		},
		systemsDependencies: 'Dependencies',
		systemsDependenciesHelp: 'Dependencies are registered under “Dependencies” and linked to systems there.',
		noDependencies: 'None registered',
		interdependency: {
			title: 'Interdependencies',
			lead: 'How services run on important systems and what those depend on, and who depends on us. For each dependency: how many services a failure would hit.',
			table: 'Table',
			diagram: 'Diagram',
			diagramLabel:
				'Interdependency diagram: from left to right, those who depend on us, critical services, important systems, dependencies.',
			service: 'Critical service',
			system: 'Important system',
			dependency: 'Dependency',
			supplies: 'What is supplied',
			affected: 'Services hit if it fails',
			affectedCount: (n: number) => (n === 1 ? '1 service' : `${n} services`),
			noSystem: '(no important system)',
			noService: '(no service linked)',
			noDependency: '(no dependency registered)',
			empty: 'Register critical services, important systems and dependencies to see their interdependencies here.',
			columns: {
				dependents: 'Depend on us',
				services: 'Critical services',
				systems: 'Important systems',
				dependencies: 'Dependencies'
			}
		}
	}
);
