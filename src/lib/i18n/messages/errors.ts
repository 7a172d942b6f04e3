import { defineMessages } from '../define';

/** Validation messages used by the zod schemas of the forms. */
export const errors = defineMessages(
	{
		required: '入力してください。',
		tooLong: (max: number) => `${max.toLocaleString('ja-JP')}文字以内で入力してください。`,
		tooMany: (max: number) => `${max}件まで選べます。`,
		email: 'メールアドレスの形式で入力してください。',
		passwordTooShort: (min: number) => `${min}文字以上のパスワードを入力してください。`,
		choose: '選択肢から選んでください。',
		month: '1〜12の整数で入力してください。',
		number: (min: number, max: number) => `${min}〜${max}の数値で入力してください。`,
		date: '日付を YYYY-MM-DD 形式で入力してください。',
		unknown: '保存できませんでした。もう一度お試しください。'
	},
	{
		required: 'This field is required.',
		tooLong: (max: number) => `Use at most ${max.toLocaleString('en-US')} characters.`,
		tooMany: (max: number) => `Choose at most ${max}.`,
		email: 'Enter an e-mail address.',
		passwordTooShort: (min: number) => `Use a password of at least ${min} characters.`,
		choose: 'Choose one of the options.',
		month: 'Enter a whole number from 1 to 12.',
		number: (min: number, max: number) => `Enter a number from ${min} to ${max}.`,
		date: 'Enter a date as YYYY-MM-DD.',
		unknown: 'Could not save. Please try again.'
	}
);
