import { defineMessages } from '../../shared/i18n/define-messages.js';

/** The sign-in page's texts, merged under `login`. */
export const signInMessages = defineMessages(
  {
    heading: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    signingIn: 'Đang đăng nhập…',
    wrong: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    missing: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
    unavailable: 'Không kết nối được máy chủ. Vui lòng thử lại.',
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại; dữ liệu đang nhập vẫn được giữ.',
  },
  {
    heading: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    wrong: 'Wrong username or password.',
    missing: 'Enter your username and password.',
    unavailable: 'The server could not be reached. Please try again.',
    expired: 'Your session expired. Sign in again; what you were entering is kept.',
  },
);
