import { defineMessages } from '../define';

/** The error id line of the error page (a part of rejections, in its own module: the browser loads the error page with every page). */
export const rejectionsErrorId = defineMessages(
	{
		errorId: (id: string) => `続く場合は、管理者にエラーID ${id} を伝えてください。`
	},
	{
		errorId: (id: string) => `If it keeps happening, give your administrator the error id ${id}.`
	}
);
