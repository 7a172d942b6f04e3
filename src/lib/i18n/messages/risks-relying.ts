import { defineMessages } from '../define';

/** The risks relying on a checklist item, on the answering page (a part of risks, in its own module so that page does not ship every risk message). */
export const risksRelying = defineMessages(
	{
		relying: {
			label: 'この項目に拠るリスク:',
			control: '今ある管理策がこの項目に拠っています',
			action: 'リスク対応の措置がこの項目に取り組みます'
		}
	},
	{
		relying: {
			label: 'Risks relying on this item:',
			control: 'The existing controls rely on this item',
			action: 'A treatment action works on this item'
		}
	}
);
